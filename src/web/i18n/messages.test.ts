import { parse } from '@formatjs/icu-messageformat-parser';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LOCALES } from './locales.js';
import { MESSAGES } from './messages.js';

const here = dirname(fileURLToPath(import.meta.url));
const reference = Object.keys(MESSAGES.en).sort();

describe('translations', () => {
  it.each(LOCALES)('%s has exactly the keys of en', (locale) => {
    expect(Object.keys(MESSAGES[locale]).sort()).toEqual(reference);
  });

  it.each(LOCALES)('%s has no empty message', (locale) => {
    const empty = Object.entries(MESSAGES[locale]).filter(([, text]) => text.trim() === '');
    expect(empty).toEqual([]);
  });

  it.each(LOCALES)('%s messages all parse as ICU', (locale) => {
    for (const [key, text] of Object.entries(MESSAGES[locale])) {
      expect(() => parse(text), `${locale}: ${key}`).not.toThrow();
    }
  });

  it('Russian count messages have one, few and many forms', () => {
    const plurals = Object.entries(MESSAGES.ru).filter(([, text]) => text.includes('plural'));
    expect(plurals.length).toBeGreaterThan(0);
    for (const [key, text] of plurals) {
      for (const form of ['one {', 'few {', 'many {', 'other {']) expect(text, key).toContain(form);
    }
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('message ids used in the code', () => {
  it('exist in the translations', () => {
    const ids = new Set<string>();
    const patterns = [/\bid[=:]\s*["']([a-zA-Z][\w.]*)["']/g, /\b(?:titleId|labelId)[=:]\s*["']([\w.]+)["']/g];
    for (const file of sourceFiles(join(here, '..'))) {
      const text = readFileSync(file, 'utf8');
      for (const pattern of patterns) for (const match of text.matchAll(pattern)) if (match[1]) ids.add(match[1]);
    }
    const missing = [...ids].filter((id) => id.includes('.') && !(id in MESSAGES.en));
    expect(missing).toEqual([]);
  });
});
