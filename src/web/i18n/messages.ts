import type { Locale } from '../api/index.js';
import en from './en.json' with { type: 'json' };
import vi from './vi.json' with { type: 'json' };
import ru from './ru.json' with { type: 'json' };
import fa from './fa.json' with { type: 'json' };

export type Messages = Record<string, string>;

export const MESSAGES: Record<Locale, Messages> = { en, vi, ru, fa };
