import { getCountries } from 'libphonenumber-js';
import { nameKey } from '../../platform/core/index.js';
import { headerWords } from './headers.js';
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
      'whats app',
      'zalo',
      'skype',
      'viber',
      'wechat',
      'we chat',
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
 * Headers the common exports (Google Contacts, Outlook, LinkedIn, HubSpot, Zoho, Salesforce,
 * Pipedrive) use for what Rapport does not keep, or for something other than the word suggests:
 * checked before HEADER_WORDS and in this order, so "Mailing Street" is an address and not an
 * email, "Assistant's Name" not a name, "E-mail Display Name" not an email, "Organization
 * Department" not an organisation and "Business City" not a line of business.
 */
const EXPORT_WORDS: [ImportField | null, string[]][] = [
  ['country', ['mailing country', 'country']],
  // The parts of an address: rows.ts joins the parts of one address into one (see suggestMapping).
  [
    'address',
    [
      'mailing street',
      'mailing address',
      'street',
      'address line',
      'city ',
      'town ',
      'state ',
      'province',
      'postal code',
      'postcode',
      'zip',
      'po box',
      'p o box',
      'pobox',
      'extended address',
      'thanh pho',
      'tinh thanh',
      'город',
      'почтовый индекс',
      'индекс',
      'شهر ',
      'استان',
      'کد پستی',
    ],
  ],
  ['organization', ['account name']],
  // Google's older export calls its labels "Group Membership" ("* myContacts ::: Friends").
  ['tags', ['group membership']],
  [
    null,
    [
      // Other people: the contact's assistant, manager, family.
      'assistant',
      'asst',
      'manager',
      'spouse',
      'children',
      'reports to',
      'referred by',
      // Other forms of the name, and what stands around it (Outlook's "Title" is Mr or Dr: see suggestMapping).
      'display name',
      'nickname',
      'file as',
      'phonetic',
      'yomi',
      'short name',
      'maiden name',
      'name prefix',
      'name suffix',
      'suffix',
      'salutation',
      'initials',
      // What Rapport does not keep about a person or a job.
      'birthday',
      'birthdate',
      'anniversary',
      'photo',
      'gender',
      'department',
      'location',
      'symbol',
      'job description',
      'sip ',
      // A CRM's own bookkeeping.
      'owner',
      'vendor',
      'lead source',
      'record id',
      'created',
      'modified',
      'last activity',
      'contacted',
      'connected on',
      'status ',
      'count ',
      'number of',
      'opt out',
      'opted out',
      'unsubscribed',
      'bounced',
      'do not ',
      'email domain',
      'e mail domain',
      // Dates and times: no partner field is one ("Create Date", "Modified Time", "Ngày tạo", "Дата рождения").
      'date ',
      'time ',
      'timestamp',
      'modstamp',
      'ngay ',
      'thoi gian',
      'дата',
      'время',
      'تاریخ',
      // Outlook's e-mail columns beside the address.
      'e mail type',
      'e mail 2 type',
      'e mail 3 type',
      // What else a CRM keeps about an address (Salesforce's MailingLatitude, MailingGeocodeAccuracy).
      'mailing ',
    ],
  ],
];

/**
 * Google's "E-mail 1 - Label", "Phone 2 - Type", "IM 1 - Service": the label of the value beside
 * it, which source.ts pairs.
 */
const LABEL_COLUMN = / \d+ (label|type|service)$/;

/** Words that make a column an identifier: a record's, an account's, a tax number ("Skype ID" stays a messenger). */
const ID_WORDS = new Set(['id', 'ids', 'uuid', 'guid']);

/** The field a column header most likely means, or null. */
export function guessField(header: string): ImportField | null {
  const words = headerWords(header);
  if (!words.length) return null;
  const padded = ` ${words.join(' ')} `;
  if (LABEL_COLUMN.test(padded.trimEnd())) return null;
  const field = guessFromWords(padded);
  if (field !== 'email' && field !== 'messenger' && words.some((w) => ID_WORDS.has(w))) return null;
  return field;
}

function guessFromWords(padded: string): ImportField | null {
  for (const [field, stems] of EXPORT_WORDS) {
    if (stems.some((stem) => padded.includes(` ${stem}`))) return field;
  }
  for (const [field, stems] of HEADER_WORDS) {
    if (stems.some((stem) => padded.includes(` ${stem}`))) return field;
  }
  return null;
}

/**
 * A whole name beside its parts in one language: "Name" beside "First Name" and "Last Name"
 * (Google's older export, Salesforce, Pipedrive's "Person - Name"), "ФИО" beside "Имя", "Họ và
 * tên" beside "Tên". Both would repeat the name ("Ann Lee Ann Lee"). The parts are kept when they
 * run from the given name to the family name, so joined in the file's order they read as the
 * whole does, and two name columns tell the import the partner is a person; otherwise (Salesforce's
 * data export has "LastName" before "FirstName", and other languages order names their own way)
 * the whole is kept. A part with no whole of its language beside it stays a name.
 */
const WHOLE_AND_PARTS: { whole: RegExp; part: RegExp; given?: RegExp; family?: RegExp }[] = [
  {
    whole: /^((person|contact) )?(full )?name$/,
    part: / (first|given|middle|additional|last|family|surname) /,
    given: / (first|given) /,
    family: / (last|family|surname) /,
  },
  { whole: /^(фио|полное имя)$/, part: /^ (имя|фамилия|отчество) $/ },
  { whole: /^ho (va )?ten$/, part: /^ (ho|ten|ten dem|ten lot) $/ },
  { whole: /^(نام و نام خانوادگی|نام کامل)$/, part: /^ (نام|نام خانوادگی) $/ },
];

/** Which of a whole name and its parts to keep: the columns to map to nothing. */
function repeatedNames(names: string[], phrase: (c: string) => string): string[] {
  const dropped: string[] = [];
  for (const { whole, part, given, family } of WHOLE_AND_PARTS) {
    const wholes = names.filter((c) => whole.test(phrase(c)));
    const parts = names.filter((c) => !wholes.includes(c) && part.test(` ${phrase(c)} `));
    if (!wholes.length || !parts.length) continue;
    const first = parts.findIndex((c) => given?.test(` ${phrase(c)} `));
    const last = parts.findIndex((c) => family?.test(` ${phrase(c)} `));
    dropped.push(...(first >= 0 && last > first ? wholes : parts));
  }
  return dropped;
}

/**
 * A mapping guessed from the header names. Without a name column, the first organisation column
 * names the partner.
 *
 * An address is kept as one value. Where the file writes it whole beside its parts (Google's
 * "Address 1 - Formatted" beside "Address 1 - Street", "- City"…; Pipedrive's "Postal address"
 * beside "Postal address - City"), the whole is the address, its country the country, and the
 * parts nothing. Where it has only parts (Outlook's "Business Street", "Business City"…, a CRM's
 * "Mailing Street", "Mailing City"…), every part is the address and the country the country:
 * the row reader joins the parts of one address (headers.addressGroup) into one value.
 */
export function suggestMapping(columns: string[]): Mapping {
  const mapping: Mapping = Object.fromEntries(columns.map((c) => [c, guessField(c)]));
  const phrase = (c: string) => headerWords(c).join(' ');
  // Outlook's "Title" is Mr or Dr when "Job Title" is beside it.
  const titles = columns.filter((c) => mapping[c] === 'title');
  if (titles.length > 1) for (const c of titles) if (/^title$/i.test(c.trim())) mapping[c] = null;
  const names = columns.filter((c) => mapping[c] === 'name');
  for (const c of repeatedNames(names, phrase)) mapping[c] = null;
  const byName = new Map(columns.map((c) => [c.toLowerCase(), c]));
  for (const c of columns) {
    const cut = c.lastIndexOf(' - ');
    if (cut < 0) continue;
    const group = c.slice(0, cut).toLowerCase();
    const part = phrase(c.slice(cut + 3));
    if (byName.has(`${group} - formatted`)) {
      mapping[c] = part === 'formatted' ? 'address' : part === 'country' ? 'country' : null;
    } else {
      const whole = byName.get(group);
      if (whole !== undefined && mapping[whole] === 'address') mapping[c] = part === 'country' ? 'country' : null;
    }
  }
  // HubSpot's "Associated Company" repeats "Company Name": one affiliation, not two.
  const organizations = columns.filter((c) => mapping[c] === 'organization');
  if (organizations.length > 1)
    for (const c of organizations) if (phrase(c).startsWith('associated company')) mapping[c] = null;
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
 * Names the runtime does not give, as exports and people write them: Outlook's "United States of
 * America", the ISO list's "Russian Federation" and "Iran, Islamic Republic of", the older English
 * names, and everyday names in our languages.
 */
const COUNTRY_ALIASES: [string, string][] = [
  ['US', 'usa'],
  ['US', 'united states of america'],
  ['US', 'mỹ'],
  ['US', 'сша'],
  ['US', 'آمریکا'],
  ['US', 'ایالات متحده آمریکا'],
  ['GB', 'uk'],
  ['GB', 'great britain'],
  ['GB', 'england'],
  ['GB', 'scotland'],
  ['GB', 'wales'],
  ['GB', 'anh'],
  ['GB', 'англия'],
  ['GB', 'انگلیس'],
  ['RU', 'russian federation'],
  ['RU', 'российская федерация'],
  ['RU', 'рф'],
  ['RU', 'nga'],
  ['IR', 'iran, islamic republic of'],
  ['IR', 'islamic republic of iran'],
  ['IR', 'جمهوری اسلامی ایران'],
  ['VN', 'socialist republic of vietnam'],
  ['VN', 'cộng hòa xã hội chủ nghĩa việt nam'],
  ['KR', 'korea, republic of'],
  ['KR', 'republic of korea'],
  ['CZ', 'czech republic'],
  ['TR', 'turkey'],
  ['HK', 'hong kong'],
  ['MO', 'macau'],
  ['MO', 'macao'],
];

/**
 * An ISO 3166 code from a cell: the code itself, or a country's name in en/vi/ru/fa
 * ("Việt Nam", "Россия", "ایران"), from the runtime's own region names. Only regions a phone
 * number can belong to (libphonenumber's list) are named, so "Germany" is DE and not the old DD,
 * "Вьетнам" VN and not the old VD.
 */
export const countryFromText = memo((text: string): string | undefined => {
  const value = text.trim();
  if (/^uk$/i.test(value)) return 'GB';
  if (/^[A-Za-z]{2}$/.test(value)) return value.toUpperCase();
  if (!countryNames) {
    countryNames = new Map();
    const locales = ['en', 'vi', 'ru', 'fa'].map(
      (l) => new Intl.DisplayNames([l], { type: 'region', fallback: 'none' }),
    );
    for (const code of getCountries()) {
      for (const names of locales) {
        const name = names.of(code);
        if (name && !countryNames.has(nameKey(name))) countryNames.set(nameKey(name), code);
      }
    }
    for (const [code, alias] of COUNTRY_ALIASES)
      if (!countryNames.has(nameKey(alias))) countryNames.set(nameKey(alias), code);
  }
  return countryNames.get(nameKey(value));
});
