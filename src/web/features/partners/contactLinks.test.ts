import { describe, expect, it } from 'vitest';
import { contactHref } from './contactLinks.js';

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
});
