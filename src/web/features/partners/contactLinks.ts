import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import type { Channel } from './partners.types.js';

/** Where a contact value leads: mailto:, tel:, or a web address (http(s) only); null when it is not a link. */
export function contactHref(channel: Channel, value: string): string | null {
  const text = value.trim();
  if (!text) return null;
  switch (channel) {
    case 'email':
      return `mailto:${text}`;
    case 'phone':
      return `tel:${text.replace(/[^\d+]/g, '')}`;
    case 'website': {
      const url = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
      return /^https?:\/\//i.test(url) ? url : null;
    }
    case 'address':
    case 'messenger':
      return null;
  }
}

/**
 * A stored phone (E.164 when its country was known) as people write it: in national form when it
 * belongs to the partner's own country (`0912 345 678`), in international form otherwise
 * (`+84 912 345 678`). Anything libphonenumber cannot read is shown as it was typed.
 */
export function phoneText(value: string, country: string | null | undefined): string {
  const phone = parsePhoneNumberFromString(
    value.trim(),
    (country?.toUpperCase() as CountryCode | undefined) ?? undefined,
  );
  if (!phone?.isValid()) return value;
  return country && phone.country === country.toUpperCase() ? phone.formatNational() : phone.formatInternational();
}
