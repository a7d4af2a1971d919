import { describe, expect, it } from 'vitest';
import { contactHref, phoneText } from './contactLinks.js';

describe('contact links', () => {
  it('links emails, phones and websites', () => {
    expect(contactHref('email', ' an@lotus.vn ')).toBe('mailto:an@lotus.vn');
    expect(contactHref('phone', '+84 28 3822 1234')).toBe('tel:+842838221234');
    expect(contactHref('website', 'lotus.vn')).toBe('https://lotus.vn');
    expect(contactHref('website', 'http://lotus.vn/a')).toBe('http://lotus.vn/a');
  });

  it('never links a script or a plain address', () => {
    expect(contactHref('website', 'javascript:alert(1)')).toBeNull();
    expect(contactHref('address', '1 Le Loi, Hanoi')).toBeNull();
    expect(contactHref('messenger', '@an')).toBeNull();
    expect(contactHref('email', '  ')).toBeNull();
  });

  it("shows a phone nationally in the partner's country and internationally elsewhere", () => {
    expect(phoneText('+84912345678', 'VN')).toBe('0912 345 678');
    expect(phoneText('+84912345678', 'RU')).toBe('+84 912 345 678');
    expect(phoneText('+74951234567', 'RU')).toBe('8 (495) 123-45-67');
    expect(phoneText('+982188776655', null)).toBe('+98 21 8877 6655');
    expect(phoneText('+14186569254 ext. 102', 'CA')).toBe('(418) 656-9254 ext. 102');
  });

  it('leaves what is not a phone number as it was typed', () => {
    expect(phoneText('ask reception', 'VN')).toBe('ask reception');
    expect(phoneText('+1 555', 'US')).toBe('+1 555');
  });
});
