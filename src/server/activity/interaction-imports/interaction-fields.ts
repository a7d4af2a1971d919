import type { Direction, InteractionKind } from '../../platform/db/index.js';
import { foldText, nameKey } from '../../platform/core/index.js';
import { INTERACTION_IMPORT_FIELDS } from '../../directory/imports/index.js';
import type { DateOrder } from '../../../shared/values/imports.js';

export { INTERACTION_IMPORT_FIELDS };

export type InteractionImportField = (typeof INTERACTION_IMPORT_FIELDS)[number];
export type InteractionMapping = Record<string, InteractionImportField | null>;

/**
 * Header words per field in English, Vietnamese, Russian and Persian, folded; matched like the
 * partner import's, first field first ("Date and time" is the date, "Partner email" the partner).
 */
const HEADER_WORDS: [InteractionImportField, string[]][] = [
  [
    'duration',
    ['duration', 'length', 'minutes', 'mins', 'thoi luong', 'so phut', 'длительност', 'продолжительн', 'минут', 'مدت'],
  ],
  ['direction', ['direction', 'initiated', 'who called', 'huong', 'chieu', 'направлен', 'инициатор', 'جهت']],
  // Outlook's calendar export: "Start Date", "Start Time", "End Date", "End Time".
  ['endTime', ['end time', 'finish time', 'gio ket thuc', 'время оконч', 'ساعت پایان']],
  ['end', ['end', 'finish', 'until', 'ket thuc', 'оконч', 'конец', 'پایان']],
  ['time', ['start time', 'gio bat dau', 'время начал', 'ساعت شروع']],
  [
    'date',
    ['date', 'day', 'when', 'start', 'ngay', 'bat dau', 'дата', 'день', 'когда', 'начал', 'تاریخ', 'روز', 'شروع'],
  ],
  ['time', ['time', 'hour', 'gio', 'thoi gian', 'время', 'час', 'ساعت', 'زمان']],
  ['kind', ['kind', 'type', 'channel', 'activity', 'loai', 'hinh thuc', 'kenh', 'тип', 'вид', 'канал', 'نوع', 'کانال']],
  ['subject', ['subject', 'title', 'topic', 'summary', 'chu de', 'tieu de', 'тема', 'заголов', 'موضوع', 'عنوان']],
  [
    'notes',
    [
      'note',
      'comment',
      'description',
      'details',
      'body',
      'content',
      'ghi chu',
      'noi dung',
      'mo ta',
      'примечан',
      'заметк',
      'коммент',
      'описан',
      'содержан',
      'یادداشت',
      'توضیح',
      'شرح',
    ],
  ],
  [
    'partner',
    [
      'partner',
      'company',
      'organization',
      'organisation',
      'contact',
      'customer',
      'client',
      'supplier',
      'email',
      'e mail',
      'name',
      'with',
      'attendee',
      'participant',
      'doi tac',
      'cong ty',
      'khach hang',
      'nha cung cap',
      'lien he',
      'ten ',
      'партнер',
      'компан',
      'организац',
      'контакт',
      'клиент',
      'поставщик',
      'почт',
      'имя',
      'название',
      'شرکت',
      'همکار',
      'مخاطب',
      'مشتری',
      'ایمیل',
      'نام',
    ],
  ],
];

/** The interaction field a column header most likely means, or null. */
export function guessInteractionField(header: string): InteractionImportField | null {
  const words = foldText(header)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (!words.length) return null;
  const padded = ` ${words.join(' ')} `;
  for (const [field, stems] of HEADER_WORDS) if (stems.some((stem) => padded.includes(` ${stem}`))) return field;
  return null;
}

/**
 * A mapping from the header names; a field claimed by an earlier column is not given twice (except partner: several
 * columns name several partners).
 */
export function suggestInteractionMapping(columns: string[]): InteractionMapping {
  const taken = new Set<InteractionImportField>();
  return Object.fromEntries(
    columns.map((column) => {
      const field = guessInteractionField(column);
      if (!field || (taken.has(field) && field !== 'partner')) return [column, null];
      taken.add(field);
      return [column, field];
    }),
  );
}

const KIND_WORDS: Record<InteractionKind, string[]> = {
  email: [
    'email',
    'e-mail',
    'mail',
    'letter',
    'thư',
    'thư điện tử',
    'письмо',
    'почта',
    'электронная почта',
    'имейл',
    'ایمیل',
    'رایانامه',
    'نامه',
  ],
  phone_call: [
    'phone call',
    'phone',
    'call',
    'telephone',
    'cuộc gọi',
    'gọi điện',
    'điện thoại',
    'gọi',
    'звонок',
    'телефонный звонок',
    'телефон',
    'созвон',
    'تماس',
    'تماس تلفنی',
    'تلفن',
  ],
  video_call: [
    'video call',
    'video',
    'videocall',
    'video conference',
    'zoom',
    'teams',
    'google meet',
    'cuộc gọi video',
    'gọi video',
    'họp trực tuyến',
    'видеозвонок',
    'видеосвязь',
    'видеоконференция',
    'видео',
    'تماس تصویری',
    'ویدیو کنفرانس',
    'تماس ویدیویی',
  ],
  meeting: [
    'meeting',
    'in-person meeting',
    'in person',
    'face to face',
    'cuộc họp',
    'họp',
    'gặp mặt',
    'gặp',
    'встреча',
    'совещание',
    'переговоры',
    'جلسه',
    'ملاقات',
    'دیدار',
  ],
  message: [
    'message',
    'chat',
    'sms',
    'text',
    'whatsapp',
    'telegram',
    'zalo',
    'tin nhắn',
    'nhắn tin',
    'сообщение',
    'чат',
    'смс',
    'پیام',
    'پیامک',
    'چت',
  ],
  event_encounter: [
    'event encounter',
    'event',
    'conference',
    'trade fair',
    'fair',
    'expo',
    'exhibition',
    'sự kiện',
    'hội chợ',
    'hội nghị',
    'triển lãm',
    'мероприятие',
    'выставка',
    'конференция',
    'ярмарка',
    'رویداد',
    'نمایشگاه',
    'همایش',
    'کنفرانس',
  ],
  site_visit: [
    'site visit',
    'visit',
    'factory visit',
    'tham quan',
    'thăm',
    'khảo sát',
    'визит',
    'посещение',
    'выезд',
    'بازدید',
  ],
  other: ['other', 'khác', 'другое', 'прочее', 'иное', 'سایر', 'دیگر'],
};
const KIND_BY_WORD = new Map<string, InteractionKind>(
  Object.entries(KIND_WORDS).flatMap(([kind, words]) =>
    [kind, ...words].map((w) => [nameKey(w), kind as InteractionKind] as const),
  ),
);

/** The interaction kind a word in any of our languages means ("звонок", "cuộc gọi" → phone_call), or undefined. */
export const kindFromWord = (word: string): InteractionKind | undefined => KIND_BY_WORD.get(nameKey(word));

const DIRECTION_WORDS: Record<Direction, string[]> = {
  outbound: [
    'outbound',
    'out',
    'outgoing',
    'we',
    'us',
    'we reached out',
    'by us',
    'đi',
    'gọi đi',
    'chủ động',
    'chúng tôi',
    'исходящий',
    'исходящая',
    'исходящее',
    'исх',
    'мы',
    'خروجی',
    'ما',
  ],
  inbound: [
    'inbound',
    'in',
    'incoming',
    'they',
    'them',
    'they reached out',
    'by them',
    'đến',
    'gọi đến',
    'họ',
    'входящий',
    'входящая',
    'входящее',
    'вх',
    'они',
    'ورودی',
    'آنها',
    'ایشان',
  ],
};
const DIRECTION_BY_WORD = new Map<string, Direction>(
  Object.entries(DIRECTION_WORDS).flatMap(([direction, words]) =>
    words.map((w) => [nameKey(w), direction as Direction] as const),
  ),
);

export const directionFromWord = (word: string): Direction | undefined => DIRECTION_BY_WORD.get(nameKey(word));

/** Persian and Arabic-Indic digits as ASCII, so "۱۴۰۳" or "١٢:٣٠" parse like any number. */
const asciiDigits = (text: string) =>
  text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));

export type LocalDate = { year: number; month: number; day: number };
export type ClockTime = { hour: number; minute: number; second: number };
export type ParsedDate = { date: LocalDate; time: ClockTime | undefined; offsetMinutes: number | undefined };

function validDate(year: number, month: number, day: number): LocalDate | undefined {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return { year, month, day };
}

const TIME = /^(\d{1,2})(?:[:.h](\d{2})(?::(\d{2}))?)?\s*(am|pm|a\.m\.|p\.m\.|sa|ch)?$/i;

/** A time of day: 14:30, 9.05, 14:30:15, 2:30 PM, 2:30pm, 2 PM, 2:30 p.m. (and Vietnamese SA/CH). */
export function parseTime(text: string): ClockTime | undefined {
  const match = TIME.exec(asciiDigits(text.trim()));
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? 0);
  const second = Number(match[3] ?? 0);
  const half = match[4]?.toLowerCase().replace(/\./g, '');
  // A bare hour ("14") is not taken for a time; with AM or PM it is ("2 PM").
  if (match[2] === undefined && !half) return undefined;
  if (half) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (half === 'pm' || half === 'ch' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return { hour, minute, second };
}

/**
 * A date, optionally with a time (14:30, 2:30 PM): ISO (2026-03-10, 2026-03-10T14:30, with an
 * offset or Z), 10.03.2026 (dots are day first everywhere), 2026/03/10, or with slashes or
 * dashes and the year last, 10/03/2026 or 3/10/2026, read in the order the import settled for
 * the column (day first unless told: the import never leaves that to this default when a file
 * could be read both ways). Years have four digits.
 */
export function parseDate(text: string, order: DateOrder = 'day_first'): ParsedDate | undefined {
  const value = asciiDigits(text.trim());
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}:\d{2}(?::\d{2})?)(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(
    value,
  );
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ T,]+(.+))?$/.exec(value);
  const twoWay = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4})(?:[ T,]+(.+))?$/.exec(value);
  const yearFirst = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:[ T,]+(.+))?$/.exec(value);
  let date: LocalDate | undefined;
  let timeText: string | undefined;
  let offset: string | undefined;
  if (iso) {
    date = validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    timeText = iso[4];
    offset = iso[5];
  } else if (dotted) {
    date = validDate(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
    timeText = dotted[4];
  } else if (twoWay) {
    const [first, second] = [Number(twoWay[1]), Number(twoWay[3])];
    date =
      order === 'day_first' ? validDate(Number(twoWay[4]), second, first) : validDate(Number(twoWay[4]), first, second);
    timeText = twoWay[5];
  } else if (yearFirst) {
    date = validDate(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
    timeText = yearFirst[4];
  }
  if (!date) return undefined;
  const time = timeText === undefined ? undefined : parseTime(timeText);
  if (timeText !== undefined && !time) return undefined;
  return { date, time, offsetMinutes: offset === undefined ? undefined : offsetOf(offset) };
}

function offsetOf(text: string): number {
  if (text.toUpperCase() === 'Z') return 0;
  const digits = text.replace(':', '');
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return digits.startsWith('-') ? -minutes : minutes;
}

const UNIT_HOURS = ['h', 'hr', 'hrs', 'hour', 'hours', 'giờ', 'g', 'ч', 'час', 'часа', 'часов', 'ساعت'];
const UNIT_MINUTES = ['m', 'min', 'mins', 'minute', 'minutes', 'phút', 'p', 'мин', 'минут', 'минуты', 'دقیقه'];

/** A duration in minutes: 45, 1:30 (hours:minutes), 90 min, 1.5 h, 1h30, 1 giờ 30 phút, 2 ч. */
export function parseDuration(text: string): number | undefined {
  const value = asciiDigits(text.trim().toLowerCase()).replace(',', '.');
  if (/^\d+$/.test(value)) return Number(value);
  const clock = /^(\d+):(\d{2})$/.exec(value);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  // Hours with the minutes after them and no unit of their own: 1h30, 1ч30.
  const hoursMinutes = /^(\d+)\s*([\p{L}]+)\s*(\d{1,2})$/u.exec(value);
  if (hoursMinutes && UNIT_HOURS.includes(hoursMinutes[2] ?? ''))
    return Number(hoursMinutes[1]) * 60 + Number(hoursMinutes[3]);
  const parts = [...value.matchAll(/(\d+(?:\.\d+)?)\s*([\p{L}]+)/gu)];
  if (
    !parts.length ||
    parts
      .map((p) => p[0])
      .join('')
      .replace(/\s+/g, '') !== value.replace(/\s+/g, '')
  )
    return undefined;
  let minutes = 0;
  for (const [, amount, unit] of parts) {
    if (UNIT_HOURS.includes(unit ?? '')) minutes += Number(amount) * 60;
    else if (UNIT_MINUTES.includes(unit ?? '')) minutes += Number(amount);
    else return undefined;
  }
  return Math.round(minutes);
}
