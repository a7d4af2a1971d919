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
