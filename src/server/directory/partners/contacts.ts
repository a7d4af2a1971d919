import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { z } from 'zod';
import type { FieldError } from '../../platform/core/index.js';

import { CHANNELS } from '../../../shared/values/partners.js';

export { CHANNELS };
export type Channel = (typeof CHANNELS)[number];

export type ContactInput = { channel: Channel; label: string; value: string };
/**
 * `searchForms`: the other ways a phone is typed, found while parsing it (parsing is the costly part of an import row).
 */
export type NormalisedContact = ContactInput & { valueKey: string; searchForms?: string[] };

const MAX_VALUE: Record<Channel, number> = { email: 254, phone: 40, address: 1000, website: 500, messenger: 200 };

/**
 * Checks each contact and returns it in stored form: emails trimmed, phones in E.164 when the
 * country is known (or the number is international), websites as http(s) URLs. `valueKey` is
 * what duplicate detection compares. Errors name the field, e.g. `contacts.2.value`.
 */
export function normaliseContacts(
  contacts: ContactInput[],
  country: string | null,
  basePath = 'contacts',
): { contacts: NormalisedContact[]; errors: FieldError[] } {
  const result: NormalisedContact[] = [];
  const errors: FieldError[] = [];
  contacts.forEach((contact, index) => {
    const path = `${basePath}.${index}.value`;
    const value = contact.value.trim();
    if (!value) return errors.push({ path, rule: 'required', message: 'is required' });
    if (value.length > MAX_VALUE[contact.channel]) {
      return errors.push({
        path,
        rule: 'too_long',
        message: 'is too long',
        params: { maximum: MAX_VALUE[contact.channel] },
      });
    }
    const checked = normaliseValue(contact.channel, value, country);
    if ('rule' in checked) return errors.push({ path, rule: checked.rule, message: checked.message });
    result.push({
      channel: contact.channel,
      label: contact.label.trim(),
      value: checked.value,
      valueKey: checked.key,
      ...(checked.forms ? { searchForms: checked.forms } : {}),
    });
  });
  return { contacts: result, errors };
}

type Checked = { value: string; key: string; forms?: string[] } | { rule: string; message: string };

function normaliseValue(channel: Channel, value: string, country: string | null): Checked {
  switch (channel) {
    case 'email':
      return z.email().safeParse(value).success
        ? { value, key: value.toLowerCase() }
        : { rule: 'invalid_email', message: 'is not an email address' };
    case 'phone':
      return normalisePhone(value, country);
    case 'website':
      return normaliseWebsite(value);
    case 'address':
    case 'messenger':
      return { value, key: value.toLowerCase() };
    default: {
      const unreachable: never = channel;
      throw new Error(`unknown channel ${String(unreachable)}`);
    }
  }
}

/** An extension after the number: "ext. 102", "x102", "доб. 102" (vCard 4's tel:…;ext=102 arrives as the first). */
const EXTENSION = /\s*(?:ext\.?|extension|x|доб\.?|داخلی)\s*(\d{1,7})$/iu;

function normalisePhone(text: string, country: string | null): Checked {
  const extension = EXTENSION.exec(text);
  if (!extension) return normaliseNumber(text, country);
  const main = normaliseNumber(text.slice(0, extension.index), country);
  return 'rule' in main ? main : { ...main, value: `${main.value} ext. ${extension[1]}` };
}

function normaliseNumber(value: string, country: string | null): Checked {
  const invalid = { rule: 'invalid_phone', message: 'is not a phone number' };
  if (!/^[+\d\s().\-/]{3,40}$/.test(value)) return invalid;
  const digits = value.replace(/\D/g, '');
  if (digits.length < 5 || digits.length > 17) return invalid;
  if (!country && !value.startsWith('+')) return { value, key: digits, forms: [digits] };
  const parsed = parsePhoneNumberFromString(value, (country ?? undefined) as CountryCode | undefined);
  if (!parsed?.isValid()) return invalid;
  const key = parsed.number.replace(/\D/g, '');
  return { value: parsed.number, key, forms: searchFormsOf(key, String(parsed.nationalNumber)) };
}

function normaliseWebsite(value: string): Checked {
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { rule: 'invalid_url', message: 'is not a web address' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { rule: 'invalid_url', message: 'must be an http or https address' };
  if (!url.hostname.includes('.')) return { rule: 'invalid_url', message: 'is not a web address' };
  return { value: url.toString(), key: websiteKey(url) };
}

/**
 * Sites where everyone has a page under one domain: there the profile's path, not the domain,
 * says who it is (linkedin.com/in/nguyen-van-an). Migration 20261203120000_profile_website_keys
 * keys stored websites the same way.
 */
export const PROFILE_HOSTS = [
  'linkedin.com',
  'facebook.com',
  'instagram.com',
  'x.com',
  'twitter.com',
  'github.com',
  'youtube.com',
  't.me',
  'vk.com',
  'ok.ru',
  'zalo.me',
  'aparat.com',
  'sites.google.com',
] as const;

/**
 * What duplicate detection compares for a website: its domain without www. (two websites on one
 * domain are one organisation), or on a profile site the domain and the first two path parts.
 */
export function websiteKey(url: URL): string {
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  if (!(PROFILE_HOSTS as readonly string[]).includes(host)) return host;
  const parts = url.pathname.split('/').filter(Boolean).slice(0, 2);
  return [host, ...parts].join('/').toLowerCase();
}

/**
 * The ways people type a stored phone number: E.164 digits and, for a known country, the national
 * number with and without its trunk 0 (Vietnamese and Russian users search "0912…", "8495…").
 */
export function phoneSearchForms(value: string): string[] {
  const parsed = value.startsWith('+') ? parsePhoneNumberFromString(value) : undefined;
  if (!parsed) return [value.replace(/\D/g, '')];
  return searchFormsOf(parsed.number.replace(/\D/g, ''), String(parsed.nationalNumber));
}

function searchFormsOf(e164Digits: string, national: string): string[] {
  return [e164Digits, national, `0${national}`];
}
