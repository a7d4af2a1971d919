import type { Locale } from '../../api/index.js';
import { intlTag } from '../../i18n/index.js';

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** A file size in the locale's words and digits: "512 bytes", "48.2 kB", "10 MB" (powers of 1,024). */
export function formatBytes(bytes: number, locale: Locale): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(intlTag(locale), {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 || value >= 10 ? 0 : 1,
    ...(locale === 'fa' ? { numberingSystem: 'arabext' } : {}),
  }).format(value);
}
