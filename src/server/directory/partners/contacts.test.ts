import { describe, expect, it } from 'vitest';
import { normaliseContacts } from './contacts.js';

describe('normaliseContacts', () => {
  it('normalises phones to E.164 when the country is known', () => {
    const { contacts, errors } = normaliseContacts(
      [{ channel: 'phone', label: 'office', value: '028 3822 1234' }],
      'VN',
    );
    expect(errors).toEqual([]);
    expect(contacts[0]).toMatchObject({ value: '+842838221234', valueKey: '842838221234' });
  });

  it('accepts an international number without a country, and keeps a local one as typed', () => {
    expect(
      normaliseContacts([{ channel: 'phone', label: '', value: '+7 495 123-45-67' }], null).contacts[0]?.value,
    ).toBe('+74951234567');
    expect(normaliseContacts([{ channel: 'phone', label: '', value: '0912 345 6789' }], null).contacts[0]?.value).toBe(
      '0912 345 6789',
    );
  });

  it('names each bad value with a rule', () => {
    const { errors } = normaliseContacts(
      [
        { channel: 'email', label: '', value: 'not-an-email' },
        { channel: 'phone', label: '', value: '12' },
        { channel: 'website', label: '', value: 'javascript:alert(1)' },
        { channel: 'phone', label: '', value: '+84 123' },
        { channel: 'email', label: '', value: '   ' },
      ],
      null,
    );
    expect(errors.map((e) => [e.path, e.rule])).toEqual([
      ['contacts.0.value', 'invalid_email'],
      ['contacts.1.value', 'invalid_phone'],
      ['contacts.2.value', 'invalid_url'],
      ['contacts.3.value', 'invalid_phone'],
      ['contacts.4.value', 'required'],
    ]);
  });

  it('makes websites http(s) URLs keyed by domain', () => {
    const { contacts } = normaliseContacts([{ channel: 'website', label: '', value: 'WWW.Example.vn/about' }], null);
    expect(contacts[0]).toMatchObject({ value: 'https://www.example.vn/about', valueKey: 'example.vn' });
  });

  it('keys a profile site by its path: each LinkedIn or Facebook page is somebody else', () => {
    const keys = [
      'https://www.linkedin.com/in/nguyen-van-an/',
      'facebook.com/hoaphat.group?ref=x',
      'vk.com/id12345',
    ].map((value) => normaliseContacts([{ channel: 'website', label: '', value }], null).contacts[0]?.valueKey);
    expect(keys).toEqual(['linkedin.com/in/nguyen-van-an', 'facebook.com/hoaphat.group', 'vk.com/id12345']);
  });
});
