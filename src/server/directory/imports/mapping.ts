import { foldText, nameKey } from '../../platform/core/index.js';
import { KINDS } from '../partners/index.js';

import { IMPORT_FIELDS, INTERACTION_IMPORT_FIELDS, type ImportField } from '../../../shared/values/imports.js';

export { IMPORT_FIELDS, INTERACTION_IMPORT_FIELDS, type ImportField };

/** Columns a CSV of past interactions can map to. `date` and `partner` are required. */
export type Mapping = Record<string, ImportField | null>;

/**
 * Header words per field in English, Vietnamese, Russian and Persian, folded like search text.
 * A word matches a header word that starts with it; a trailing space asks for the whole word.
 * Order matters: the first field whose words match wins ("company phone" is a phone, "tên công ty"
 * an organisation, "telegram" a messenger before "tel" makes it a phone).
 */
const HEADER_WORDS: [ImportField, string[]][] = [
  [
    'email',
    [
      'email',
      'e mail',
      'mail',
      'thu dien tu',
      'почт',
      'эл почт',
      'емейл',
      'имейл',
      'email',
      'ایمیل',
      'رایانامه',
      'پست الکترونیک',
      'پستالکترونیک',
    ],
  ],
  [
    'messenger',
    [
      'messenger',
      'telegram',
      'whatsapp',
      'zalo',
      'skype',
      'viber',
      'wechat',
      'signal ',
      'im ',
      'мессенджер',
      'телеграм',
      'پیامرسان',
      'پیام رسان',
      'تلگرام',
      'واتساپ',
    ],
  ],
  [
    'phone',
    [
      'phone',
      'telephone',
      'tel ',
      'mobile',
      'cell',
      'fax',
      'dien thoai',
      'sdt',
      'so dt',
      'di dong',
      'телефон',
      'тел ',
      'моб',
      'сотов',
      'تلفن',
      'موبایل',
      'همراه',
      'شماره',
    ],
  ],
  ['website', ['website', 'web', 'site', 'url', 'homepage', 'trang web', 'сайт', 'веб', 'وب', 'سایت']],
  ['address', ['address', 'street', 'dia chi', 'адрес', 'آدرس', 'ادرس', 'نشانی']],
  ['country', ['country', 'quoc gia', 'nuoc ', 'страна', 'کشور']],
  ['tags', ['tag', 'label', 'categories', 'nhan ', 'the ', 'метк', 'тег', 'ярлык', 'برچسب']],
  ['kinds', ['kind', 'category', 'partner kind', 'loai doi tac', 'phan loai', 'вид', 'категор', 'دسته', 'نوع همکاری']],
  ['type', ['type', 'partner type', 'loai ', 'kieu', 'тип', 'نوع']],
  [
    'title',
    [
      'title',
      'job',
      'position',
      'role',
      'chuc vu',
      'chuc danh',
      'должност',
      'позиция',
      'سمت',
      'عنوان شغلی',
      'عنوانشغلی',
      'پست ',
    ],
  ],
  [
    'organization',
    [
      'company',
      'organization',
      'organisation',
      'employer',
      'firm',
      'cong ty',
      'to chuc',
      'doanh nghiep',
      'компани',
      'организац',
      'фирма',
      'شرکت',
      'سازمان',
    ],
  ],
  [
    'business',
    [
      'business',
      'industry',
      'activity',
      'nganh',
      'linh vuc',
      'kinh doanh',
      'деятельн',
      'отрасл',
      'бизнес',
      'کسب',
      'صنعت',
      'فعالیت',
    ],
  ],
  [
    'notes',
    [
      'note',
      'comment',
      'remark',
      'description',
      'ghi chu',
      'mo ta',
      'примечан',
      'заметк',
      'коммент',
      'описан',
      'یادداشت',
      'توضیح',
    ],
  ],
  [
    'name',
    [
      'name',
      'full name',
      'first',
      'last',
      'given',
      'family',
      'middle',
      'surname',
      'contact',
      'ten ',
      'ho ',
      'ho ten',
      'ho va ten',
      'ten dem',
      'имя',
      'фамил',
      'отчеств',
      'фио',
      'название',
      'наименован',
      'نام',
      'اسم',
    ],
  ],
];

/**
 * Headers the common exports (Google, Outlook, LinkedIn, HubSpot, Zoho, Salesforce, Pipedrive)
 * use for what Rapport does not keep, or for something other than the word suggests: checked
 * before HEADER_WORDS, so "Assistant's Name" is not a name, "E-mail Display Name" not an email,
 * "Organization Department" not an organisation and "Mailing Street" not an email.
 */
const EXPORT_WORDS: [ImportField | null, string[]][] = [
  [
    null,
    [
      'assistant',
      'manager',
      'spouse',
      'children',
      'display name',
      'nickname',
      'file as',
      'phonetic',
      'yomi',
      'name prefix',
      'name suffix',
      'suffix',
      'salutation',
      'initials',
      'birthday',
      'anniversary',
      'photo',
      'gender',
      'connected on',
      'department',
      'owner',
      'vendor',
      'lead source',
      'record id',
      'created',
      'modified',
      'last activity',
      'group membership',
      'e mail type',
      'e mail 2 type',
      'e mail 3 type',
      // The parts of a CRM's mailing address beside its street: the street is kept as the address.
      'mailing city',
      'mailing state',
      'mailing zip',
      'mailing code',
      'mailing po box',
    ],
  ],
  ['country', ['mailing country']],
  ['address', ['mailing street', 'mailing address', 'other street']],
  ['organization', ['account name']],
];

/** Google's "E-mail 1 - Label", "Phone 2 - Type": the label of the value beside it, which source.ts pairs. */
const LABEL_COLUMN = / \d+ (label|type)$/;

/** The field a column header most likely means, or null. */
export function guessField(header: string): ImportField | null {
  const words = foldText(header)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (!words.length) return null;
  const padded = ` ${words.join(' ')} `;
  if (LABEL_COLUMN.test(padded.trimEnd())) return null;
  for (const [field, stems] of EXPORT_WORDS) {
    if (stems.some((stem) => padded.includes(` ${stem}`))) return field;
  }
  for (const [field, stems] of HEADER_WORDS) {
    if (stems.some((stem) => padded.includes(` ${stem}`))) return field;
  }
  return null;
}

/** A mapping guessed from the header names. Without a name column, the first organisation column names the partner. */
export function suggestMapping(columns: string[]): Mapping {
  const mapping: Mapping = Object.fromEntries(columns.map((c) => [c, guessField(c)]));
  // Outlook's "Title" is Mr or Dr when "Job Title" is beside it.
  const titles = columns.filter((c) => mapping[c] === 'title');
  if (titles.length > 1) for (const c of titles) if (/^title$/i.test(c.trim())) mapping[c] = null;
  // Google writes an address whole ("Address 1 - Formatted") and in parts: the parts would be addresses of their own.
  for (const c of columns) {
    const part = /^(address \d+) - (.+)$/i.exec(c);
    const whole = part && columns.some((o) => o.toLowerCase() === `${part[1]?.toLowerCase()} - formatted`);
    if (whole)
      mapping[c] = /^formatted$/i.test(part[2] ?? '') ? 'address' : /^country$/i.test(part[2] ?? '') ? 'country' : null;
  }
  if (!Object.values(mapping).includes('name')) {
    const org = columns.find((c) => mapping[c] === 'organization');
    if (org) mapping[org] = 'name';
  }
  return mapping;
}

/** Header names made unique and non-empty, so a mapping keyed by column name is unambiguous. */
export function uniqueColumns(headers: string[]): string[] {
  const seen = new Map<string, number>();
  return headers.map((raw, i) => {
    const base = raw.trim() || `Column ${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

const KIND_WORDS: Record<(typeof KINDS)[number], string[]> = {
  customer: ['customer', 'client', 'buyer', 'khách hàng', 'клиент', 'заказчик', 'покупатель', 'مشتری'],
  supplier: ['supplier', 'vendor', 'nhà cung cấp', 'ncc', 'поставщик', 'تأمین کننده', 'تامین‌کننده', 'تامین کننده'],
  manufacturer: [
    'manufacturer',
    'producer',
    'maker',
    'nhà sản xuất',
    'sản xuất',
    'производитель',
    'изготовитель',
    'تولیدکننده',
    'تولید کننده',
    'سازنده',
  ],
  it_consultant: [
    'it consultant',
    'it_consultant',
    'consultant',
    'it consulting',
    'tư vấn cntt',
    'tư vấn it',
    'tư vấn',
    'it-консультант',
    'ит-консультант',
    'ит консультант',
    'консультант',
    'مشاور فناوری اطلاعات',
    'مشاور it',
    'مشاور',
  ],
  auditor: ['auditor', 'audit', 'kiểm toán', 'kiểm toán viên', 'аудитор', 'аудит', 'حسابرس'],
  training: [
    'training',
    'training organisation',
    'training organization',
    'trainer',
    'đào tạo',
    'tổ chức đào tạo',
    'обучение',
    'учебный центр',
    'учебная организация',
    'آموزش',
    'موسسه آموزشی',
    'مؤسسه آموزشی',
  ],
  distributor: [
    'distributor',
    'reseller',
    'distributor/reseller',
    'dealer',
    'nhà phân phối',
    'đại lý',
    'phân phối',
    'дистрибьютор',
    'дистрибутор',
    'реселлер',
    'дилер',
    'توزیع کننده',
    'توزیع‌کننده',
    'نماینده فروش',
    'عامل فروش',
  ],
  other: ['other', 'khác', 'другое', 'прочее', 'иное', 'سایر', 'دیگر'],
};
const KIND_BY_WORD = new Map<string, (typeof KINDS)[number]>(
  Object.entries(KIND_WORDS).flatMap(([kind, words]) =>
    [kind, ...words].map((w) => [nameKey(w), kind as (typeof KINDS)[number]] as const),
  ),
);

/** Remembers a function of a cell's text: a 100,000-row file repeats the same few kinds, types and countries. */
function memo<T>(fn: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    if (cache.has(text)) return cache.get(text) as T;
    if (cache.size > 10_000) cache.clear();
    const value = fn(text);
    cache.set(text, value);
    return value;
  };
}

/** The kind key a word in any of our languages means ("Nhà cung cấp" → supplier), or undefined. */
export const kindFromWord = memo((word: string): (typeof KINDS)[number] | undefined => KIND_BY_WORD.get(nameKey(word)));

const TYPE_WORDS: Record<'organization' | 'person', string[]> = {
  organization: [
    'organization',
    'organisation',
    'org',
    'company',
    'business',
    'tổ chức',
    'công ty',
    'doanh nghiệp',
    'организация',
    'компания',
    'юрлицо',
    'юридическое лицо',
    'سازمان',
    'شرکت',
    'حقوقی',
  ],
  person: [
    'person',
    'individual',
    'people',
    'contact',
    'cá nhân',
    'người',
    'người liên hệ',
    'физлицо',
    'физическое лицо',
    'человек',
    'персона',
    'контакт',
    'شخص',
    'فرد',
    'حقیقی',
  ],
};
const TYPE_BY_WORD = new Map<string, 'organization' | 'person'>(
  Object.entries(TYPE_WORDS).flatMap(([type, words]) =>
    words.map((w) => [nameKey(w), type as 'organization' | 'person'] as const),
  ),
);

export const typeFromWord = memo((word: string): 'organization' | 'person' | undefined =>
  TYPE_BY_WORD.get(nameKey(word)),
);

let countryNames: Map<string, string> | undefined;

/**
 * An ISO 3166 code from a cell: the code itself, or a country's name in en/vi/ru/fa
 * ("Việt Nam", "Россия", "ایران"), from the runtime's own region names.
 */
export const countryFromText = memo((text: string): string | undefined => {
  const value = text.trim();
  if (/^[A-Za-z]{2}$/.test(value)) return value.toUpperCase();
  if (!countryNames) {
    countryNames = new Map();
    const locales = ['en', 'vi', 'ru', 'fa'].map(
      (l) => new Intl.DisplayNames([l], { type: 'region', fallback: 'none' }),
    );
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        for (const names of locales) {
          const name = names.of(code);
          // first wins: RU before the old SU
          if (name && !countryNames.has(nameKey(name))) countryNames.set(nameKey(name), code);
        }
      }
    }
    for (const [alias, code] of [
      ['vietnam', 'VN'],
      ['russia', 'RU'],
      ['iran', 'IR'],
      ['usa', 'US'],
      ['uk', 'GB'],
    ] as const)
      countryNames.set(alias, code);
  }
  return countryNames.get(nameKey(value));
});
