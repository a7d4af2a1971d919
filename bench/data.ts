/**
 * Vocabulary of the bench generator: names, companies, titles, streets and profile text in
 * Vietnamese, Russian, Persian and English. Profile sentences come from /work/shared/seeds/*.txt
 * when present (real text in each language), with a few built-in ones as a fallback.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Random } from './common.js';

export type Lang = 'vi' | 'ru' | 'fa' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'ru', 'fa', 'en'];

/** A generated name with an ASCII form for e-mail addresses and domains. */
export type Named = { name: string; ascii: string };

// ---------------------------------------------------------------- Vietnamese
const VI_FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
];
const VI_MIDDLE_M = ['Văn', 'Hữu', 'Đức', 'Minh', 'Quốc', 'Thanh', 'Công'];
const VI_MIDDLE_F = ['Thị', 'Ngọc', 'Thanh', 'Thu', 'Minh', 'Kim'];
const VI_GIVEN_M = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Hải',
  'Hùng',
  'Khánh',
  'Long',
  'Nam',
  'Phong',
  'Quân',
  'Sơn',
  'Tuấn',
  'Việt',
  'Đạt',
  'Thắng',
];
const VI_GIVEN_F = [
  'An',
  'Hà',
  'Hạnh',
  'Hương',
  'Lan',
  'Linh',
  'Mai',
  'Phương',
  'Thảo',
  'Trang',
  'Yến',
  'Ngân',
  'Nhung',
  'Vy',
];
const VI_COMPANY_FORM = [
  'Công ty TNHH',
  'Công ty TNHH',
  'Công ty Cổ phần',
  'Công ty CP',
  'Tập đoàn',
  'Doanh nghiệp tư nhân',
];
const VI_COMPANY_NAME = [
  'Thành Công',
  'Phú Thịnh',
  'Hòa Phát',
  'Minh Long',
  'Việt Tiến',
  'Đại Dương',
  'Sao Mai',
  'Bình Minh',
  'Hưng Thịnh',
  'An Phát',
  'Trường Sơn',
  'Hồng Hà',
  'Nam Việt',
  'Đông Á',
  'Tân Cảng',
  'Phúc Lộc',
  'Kim Ngân',
  'Thiên Long',
  'Ánh Dương',
  'Hải Âu',
];
const VI_SECTOR = [
  'Xây dựng',
  'Thương mại',
  'Công nghệ',
  'Dược phẩm',
  'Vận tải',
  'Thực phẩm',
  'Điện tử',
  'Dệt may',
  'Giải pháp phần mềm',
  'Kiểm toán',
  'Đào tạo',
  'Thiết bị y tế',
  'Nhựa',
  'Cơ khí',
];
const VI_PLACE = [
  'Hà Nội',
  'Sài Gòn',
  'Đà Nẵng',
  'Hải Phòng',
  'Cần Thơ',
  'Miền Bắc',
  'Miền Nam',
  'Bắc Ninh',
  'Đồng Nai',
  'Huế',
];
const VI_TITLES = [
  'Giám đốc',
  'Phó giám đốc',
  'Trưởng phòng kinh doanh',
  'Kế toán trưởng',
  'Trưởng phòng mua hàng',
  'Trưởng phòng IT',
  'Chuyên viên mua hàng',
];
const VI_STREETS = [
  'Nguyễn Huệ, Quận 1, TP. Hồ Chí Minh',
  'Lê Lợi, Quận Hải Châu, Đà Nẵng',
  'Trần Hưng Đạo, Hoàn Kiếm, Hà Nội',
  'Điện Biên Phủ, Bình Thạnh, TP. Hồ Chí Minh',
  'Lạch Tray, Ngô Quyền, Hải Phòng',
];

// ---------------------------------------------------------------- Russian
const RU_FAMILY = [
  'Иванов',
  'Смирнов',
  'Кузнецов',
  'Попов',
  'Васильев',
  'Петров',
  'Соколов',
  'Михайлов',
  'Новиков',
  'Фёдоров',
  'Морозов',
  'Волков',
  'Алексеев',
  'Лебедев',
  'Семёнов',
  'Егоров',
  'Павлов',
  'Козлов',
  'Степанов',
  'Николаев',
  'Орлов',
  'Андреев',
  'Макаров',
  'Никитин',
  'Захаров',
  'Зайцев',
  'Соловьёв',
  'Борисов',
  'Яковлев',
  'Григорьев',
];
const RU_GIVEN_M = [
  'Иван',
  'Алексей',
  'Дмитрий',
  'Сергей',
  'Андрей',
  'Михаил',
  'Николай',
  'Пётр',
  'Артём',
  'Фёдор',
  'Юрий',
  'Владимир',
  'Евгений',
  'Олег',
];
const RU_GIVEN_F = [
  'Анна',
  'Мария',
  'Елена',
  'Ольга',
  'Наталья',
  'Татьяна',
  'Ирина',
  'Светлана',
  'Юлия',
  'Алёна',
  'Ксения',
  'Дарья',
];
const RU_PATRONYMIC = ['Иван', 'Петр', 'Сергее', 'Алексее', 'Николае', 'Фёдор', 'Андрее', 'Михайл', 'Юрье', 'Олег'];
const RU_COMPANY_FORM = ['ООО', 'ООО', 'ООО', 'АО', 'ПАО', 'ЗАО'];
const RU_COMPANY_NAME = [
  'Техносервис',
  'СтройИнвест',
  'Северный ветер',
  'Альфа-Логистик',
  'Промснаб',
  'ТрансКом',
  'Уралмаш',
  'Сибирские сети',
  'Ёлка',
  'Восход',
  'Меридиан',
  'Гранит',
  'Волга-Трейд',
  'Электрон',
  'Полюс',
  'Русские системы',
  'Балтика',
  'Орион',
  'Заря',
  'Медтехника',
];
const RU_PLACE = ['', '', 'Москва', 'Санкт-Петербург', 'Казань', 'Новосибирск', 'Екатеринбург', 'Самара', 'Пермь'];
const RU_TITLES = [
  'Генеральный директор',
  'Коммерческий директор',
  'Главный бухгалтер',
  'Менеджер по закупкам',
  'Руководитель отдела продаж',
  'ИТ-директор',
  'Технический директор',
];
const RU_STREETS = [
  'ул. Тверская, д. 7, Москва',
  'Невский пр., д. 28, Санкт-Петербург',
  'ул. Баумана, д. 15, Казань',
  'Красный пр., д. 101, Новосибирск',
  'ул. Ленина, д. 3, Екатеринбург',
];
const RU_TRANSLIT: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

// ---------------------------------------------------------------- Persian ([Persian, Latin])
// Some spellings carry a zero-width non-joiner (U+200C), as Persian keyboards type them.
const FA_GIVEN_M: [string, string][] = [
  ['محمد', 'mohammad'],
  ['علی', 'ali'],
  ['حسین', 'hossein'],
  ['رضا', 'reza'],
  ['مهدی', 'mahdi'],
  ['کیوان', 'keyvan'],
  ['امیر', 'amir'],
  ['یوسف', 'yousef'],
  ['کامران', 'kamran'],
  ['بهرام', 'bahram'],
];
const FA_GIVEN_F: [string, string][] = [
  ['زهرا', 'zahra'],
  ['فاطمه', 'fatemeh'],
  ['مریم', 'maryam'],
  ['سارا', 'sara'],
  ['نگار', 'negar'],
  ['یاسمین', 'yasmin'],
  ['نیلوفر', 'niloufar'],
  ['کیمیا', 'kimia'],
  ['شیرین', 'shirin'],
];
const FA_FAMILY: [string, string][] = [
  ['محمدی', 'mohammadi'],
  ['حسینی', 'hosseini'],
  ['رضایی', 'rezaei'],
  ['کریمی', 'karimi'],
  ['موسوی', 'mousavi'],
  ['احمدی', 'ahmadi'],
  ['جعفری', 'jafari'],
  ['علی\u200cزاده', 'alizadeh'],
  ['حسن\u200cپور', 'hassanpour'],
  ['کاظمی', 'kazemi'],
  ['یزدانی', 'yazdani'],
  ['کیانی', 'kiani'],
  ['نیک\u200cنام', 'niknam'],
  ['صادقی', 'sadeghi'],
  ['قلی\u200cپور', 'gholipour'],
  ['تهرانی', 'tehrani'],
];
const FA_COMPANY_NAME: [string, string][] = [
  ['فن\u200cآوران پارس', 'fanavaran-pars'],
  ['صنایع کاوه', 'sanaye-kaveh'],
  ['بازرگانی نیک\u200cاندیش', 'niknadish'],
  ['پیشگامان ارتباطات', 'pishgaman'],
  ['توسعه کیان', 'toseh-kian'],
  ['مهندسی آریا', 'arya-eng'],
  ['دارویی سینا', 'sina-pharma'],
  ['نرم\u200cافزار یکتا', 'yekta-soft'],
  ['حمل و نقل کوروش', 'kourosh-transport'],
  ['آموزشی ایران\u200cمهر', 'iranmehr'],
  ['ممیزی کیفیت پارسیان', 'parsian-audit'],
  ['تجهیزات پزشکی آرمان', 'arman-med'],
];
const FA_COMPANY_SUFFIX = ['', '', '(سهامی خاص)', '(مسئولیت محدود)', 'ایرانیان', 'شرق', 'البرز'];
const FA_TITLES = ['مدیرعامل', 'مدیر فروش', 'مدیر خرید', 'حسابدار ارشد', 'مدیر فناوری اطلاعات', 'کارشناس بازرگانی'];
const FA_STREETS = [
  'تهران، خیابان ولیعصر، پلاک ۱۲',
  'اصفهان، خیابان چهارباغ، پلاک ۴۵',
  'شیراز، بلوار زند، پلاک ۷',
  'مشهد، بلوار سجاد، پلاک ۳۰',
  'تبریز، خیابان امام، پلاک ۹',
];

// ---------------------------------------------------------------- English
const EN_GIVEN = [
  'James',
  'Mary',
  'John',
  'Patricia',
  'Robert',
  'Jennifer',
  'Michael',
  'Linda',
  'William',
  'Elizabeth',
  'David',
  'Sarah',
  'Thomas',
  'Emma',
  'Oliver',
  'Olivia',
  'Harry',
  'Amelia',
  'George',
  'Sophie',
];
const EN_FAMILY = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Taylor',
  'Davies',
  'Wilson',
  'Evans',
  'Thomas',
  'Roberts',
  'Walker',
  'Wright',
  'Thompson',
  'White',
  'Hughes',
  'Edwards',
  'Green',
  'Hall',
  'Wood',
  "O'Brien",
  'Clarke',
];
const EN_COMPANY_A = [
  'Acme',
  'Northwind',
  'Blue River',
  'Summit',
  'Pioneer',
  'Redwood',
  'Granite',
  'Harbor',
  'Silverline',
  'Keystone',
  'Brightwater',
  'Oakridge',
  'Meridian',
  'Crown',
  'Atlas',
];
const EN_COMPANY_B = [
  'Logistics',
  'Consulting',
  'Manufacturing',
  'Software',
  'Audit',
  'Training',
  'Supplies',
  'Distribution',
  'Analytics',
  'Engineering',
  'Components',
  'Foods',
];
const EN_COMPANY_FORM = ['Ltd', 'Ltd', 'Inc.', 'LLC', 'Group', 'Partners', 'plc', '& Co.'];
const EN_TITLES = [
  'CEO',
  'Purchasing Manager',
  'CFO',
  'Head of Sales',
  'IT Director',
  'Procurement Lead',
  'Operations Manager',
];
const EN_STREETS = [
  '221B Baker Street, London NW1 6XE',
  '10 Market Street, Manchester M1 1PW',
  '500 Fifth Avenue, New York, NY 10110',
  '1 Infinite Loop, Cupertino, CA 95014',
  '45 Queen Street, Edinburgh EH2 3NH',
];
const EN_SENTENCES = [
  'They manufacture precision components for the automotive and aerospace industries.',
  'Their main customers are mid-sized retailers across the United Kingdom and Ireland.',
  'Purchasing decisions are made by the operations director together with the finance team.',
  'What sets them apart is a two-day delivery guarantee and an in-house engineering team.',
  'The business is growing steadily after a difficult year caused by supply chain problems.',
  'They are members of the Chamber of Commerce and an industry association for logistics.',
  'We met them at a trade fair in Birmingham and followed up with a site visit.',
  'Reliable partner; invoices are always paid on time and communication is clear.',
  'They offer ISO 9001 certified audits and training for quality management systems.',
  'Looking for a new distributor in Southeast Asia, especially Vietnam.',
  'Their software team builds custom integrations for warehouse management systems.',
  'A long-standing supplier of packaging materials with competitive prices.',
];

const COUNTRY: Record<Lang, readonly string[]> = {
  vi: ['VN'],
  ru: ['RU'],
  fa: ['IR'],
  en: ['GB', 'US', 'GB', 'US', 'AU'],
};
const TLD: Record<Lang, readonly string[]> = {
  vi: ['vn', 'com.vn', 'com'],
  ru: ['ru', 'ru', 'com'],
  fa: ['ir', 'ir', 'com'],
  en: ['co.uk', 'com', 'io', 'net'],
};
const MAIL_HOSTS: Record<Lang, readonly string[]> = {
  vi: ['gmail.com', 'yahoo.com.vn', 'fpt.vn'],
  ru: ['yandex.ru', 'mail.ru', 'gmail.com'],
  fa: ['gmail.com', 'yahoo.com', 'chmail.ir'],
  en: ['gmail.com', 'outlook.com', 'icloud.com'],
};

export function countryFor(lang: Lang, random: Random): string {
  return random.pick(COUNTRY[lang]);
}

export function tldFor(lang: Lang, random: Random): string {
  return random.pick(TLD[lang]);
}

export function mailHostFor(lang: Lang, random: Random): string {
  return random.pick(MAIL_HOSTS[lang]);
}

function translit(text: string): string {
  return [...text.toLowerCase()].map((c) => RU_TRANSLIT[c] ?? c).join('');
}

/** Lower-case ASCII words joined by '-' (for e-mail local parts and domains). */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Persian text sometimes typed with Arabic letters (ي, ك), as on an Arabic keyboard. */
function arabicVariant(text: string, random: Random): string {
  return random.chance(0.15) ? text.replace(/ی/g, 'ي').replace(/ک/g, 'ك') : text;
}

export function personName(lang: Lang, random: Random): Named & { given: string; family: string } {
  const female = random.chance(0.45);
  switch (lang) {
    case 'vi': {
      const family = random.pick(VI_FAMILY);
      const middle = random.pick(female ? VI_MIDDLE_F : VI_MIDDLE_M);
      const given = random.pick(female ? VI_GIVEN_F : VI_GIVEN_M);
      return {
        name: `${family} ${middle} ${given}`,
        ascii: slug(`${given} ${family}`),
        given: slug(given),
        family: slug(family),
      };
    }
    case 'ru': {
      const family = random.pick(RU_FAMILY) + (female ? 'а' : '');
      const given = random.pick(female ? RU_GIVEN_F : RU_GIVEN_M);
      const stem = random.pick(RU_PATRONYMIC);
      const patronymic = stem + (stem.endsWith('е') ? (female ? 'вна' : 'вич') : female ? 'овна' : 'ович');
      return {
        name: random.chance(0.15) ? `${family.toUpperCase()} ${given}` : `${family} ${given} ${patronymic}`,
        ascii: slug(translit(`${given} ${family}`)),
        given: slug(translit(given)),
        family: slug(translit(family)),
      };
    }
    case 'fa': {
      const [given, givenLatin] = random.pick(female ? FA_GIVEN_F : FA_GIVEN_M);
      const [family, familyLatin] = random.pick(FA_FAMILY);
      return {
        name: arabicVariant(`${given} ${family}`, random),
        ascii: `${givenLatin}-${familyLatin}`,
        given: givenLatin,
        family: familyLatin,
      };
    }
    case 'en': {
      const given = random.pick(EN_GIVEN);
      const family = random.pick(EN_FAMILY);
      return {
        name: `${given} ${family}`,
        ascii: slug(`${given} ${family}`),
        given: slug(given),
        family: slug(family),
      };
    }
  }
}

export function organizationName(lang: Lang, random: Random): Named {
  switch (lang) {
    case 'vi': {
      const core = `${random.pick(VI_SECTOR)} ${random.pick(VI_COMPANY_NAME)}`;
      const place = random.chance(0.5) ? ` ${random.pick(VI_PLACE)}` : '';
      return { name: `${random.pick(VI_COMPANY_FORM)} ${core}${place}`, ascii: slug(`${core}${place}`) };
    }
    case 'ru': {
      const core = random.pick(RU_COMPANY_NAME);
      const place = random.pick(RU_PLACE);
      return {
        name: `${random.pick(RU_COMPANY_FORM)} «${core}${place ? ` ${place}` : ''}»`,
        ascii: slug(translit(`${core} ${place}`)),
      };
    }
    case 'fa': {
      const [core, latin] = random.pick(FA_COMPANY_NAME);
      const suffix = random.pick(FA_COMPANY_SUFFIX);
      return { name: arabicVariant(`شرکت ${core}${suffix ? ` ${suffix}` : ''}`, random), ascii: latin };
    }
    case 'en': {
      const core = `${random.pick(EN_COMPANY_A)} ${random.pick(EN_COMPANY_B)}`;
      return { name: `${core} ${random.pick(EN_COMPANY_FORM)}`, ascii: slug(core) };
    }
  }
}

export function titleFor(lang: Lang, random: Random): string {
  return random.pick({ vi: VI_TITLES, ru: RU_TITLES, fa: FA_TITLES, en: EN_TITLES }[lang]);
}

export function addressFor(lang: Lang, random: Random): string {
  const street = random.pick({ vi: VI_STREETS, ru: RU_STREETS, fa: FA_STREETS, en: EN_STREETS }[lang]);
  return lang === 'vi' ? `${random.int(1, 250)} ${street}` : street;
}

/** A phone number as a user would type it for the country; the app's own normaliser validates it. */
export function phoneFor(country: string, random: Random): string {
  switch (country) {
    case 'VN':
      return random.chance(0.5)
        ? `0${random.pick(['90', '91', '93', '94', '96', '97', '98', '32', '33', '35', '70', '77', '86', '88'])}${random.digits(7)}`
        : `+84 ${random.pick(['90', '91', '98', '24', '28'])} ${random.digits(3)} ${random.digits(4)}`;
    case 'RU':
      return random.chance(0.5)
        ? `+7 9${random.digits(2)} ${random.digits(3)}-${random.digits(2)}-${random.digits(2)}`
        : `8 (495) ${random.digits(3)}-${random.digits(2)}-${random.digits(2)}`;
    case 'IR':
      return random.chance(0.6)
        ? `09${random.pick(['12', '13', '19', '35', '36', '01', '02', '21'])}${random.digits(7)}`
        : `+98 21 ${random.digits(4)} ${random.digits(4)}`;
    case 'GB':
      return random.chance(0.6)
        ? `07${random.pick(['4', '5', '7', '8', '9'])}${random.digits(2)} ${random.digits(6)}`
        : `020 7${random.digits(3)} ${random.digits(4)}`;
    case 'AU':
      return `04${random.digits(2)} ${random.digits(3)} ${random.digits(3)}`;
    default:
      return `(${random.pick(['212', '415', '617', '312', '206', '512'])}) ${random.int(2, 9)}${random.digits(2)}-${random.digits(4)}`;
  }
}

/** Sentences in each language for profile text. */
export function loadSentences(seedDir = '/work/shared/seeds'): Record<Lang, string[]> {
  const out: Record<Lang, string[]> = { vi: [], ru: [], fa: [], en: [...EN_SENTENCES] };
  let files: string[] = [];
  try {
    files = fs.readdirSync(seedDir).filter((f) => f.endsWith('.txt'));
  } catch {
    files = [];
  }
  for (const file of files.sort()) {
    const text = fs.readFileSync(path.join(seedDir, file), 'utf8');
    for (const raw of text.split(/(?<=[.!?؟;])\s+|\n+/)) {
      const sentence = raw.trim();
      if (sentence.length < 30 || sentence.length > 400) continue;
      if (/[\u0400-\u04FF]/.test(sentence)) out.ru.push(sentence);
      else if (/[\u0600-\u06FF]/.test(sentence)) out.fa.push(sentence);
      else if (/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(sentence)) out.vi.push(sentence);
      else if (/^[\x20-\x7E]+$/.test(sentence)) out.en.push(sentence);
    }
  }
  if (!out.vi.length) out.vi.push('Công ty chuyên cung cấp thiết bị và dịch vụ cho khách hàng doanh nghiệp.');
  if (!out.ru.length) out.ru.push('Компания поставляет оборудование и услуги для корпоративных клиентов.');
  if (!out.fa.length) out.fa.push('این شرکت تجهیزات و خدمات برای مشتریان سازمانی ارائه می‌دهد.');
  return out;
}

const PRODUCTS: Record<Lang, readonly string[]> = {
  vi: ['Phần mềm kế toán', 'Thiết bị văn phòng', 'Dịch vụ vận chuyển', 'Nguyên liệu nhựa', 'Đào tạo nhân viên'],
  ru: ['Программное обеспечение', 'Оборудование', 'Логистика', 'Сырьё', 'Обучение персонала'],
  fa: ['نرم‌افزار حسابداری', 'تجهیزات اداری', 'خدمات حمل و نقل', 'مواد اولیه', 'آموزش کارکنان'],
  en: ['Accounting software', 'Office equipment', 'Freight services', 'Raw materials', 'Staff training'],
};

export function productFor(lang: Lang, random: Random): string {
  return random.pick(PRODUCTS[lang]);
}

export const TAGS: { name: string; color: string }[] = [
  { name: 'VIP', color: '#e03131' },
  { name: 'Đối tác chiến lược', color: '#c2255c' },
  { name: 'Nhà cung cấp chính', color: '#9c36b5' },
  { name: 'Tiềm năng', color: '#6741d9' },
  { name: 'Hội chợ 2025', color: '#3b5bdb' },
  { name: 'Ключевой клиент', color: '#1971c2' },
  { name: 'Поставщик', color: '#0c8599' },
  { name: 'Выставка', color: '#099268' },
  { name: 'مشتری ویژه', color: '#2f9e44' },
  { name: 'تأمین\u200cکننده', color: '#66a80f' },
  { name: 'نمایشگاه', color: '#f08c00' },
  { name: 'Export', color: '#e8590c' },
  { name: 'Pilot', color: '#868e96' },
  { name: 'Risk', color: '#fa5252' },
  { name: 'Newsletter', color: '#15aabf' },
  { name: 'ISO 9001', color: '#40c057' },
  { name: 'Referral', color: '#7950f2' },
  { name: 'Long-term', color: '#228be6' },
  { name: 'Payment issues', color: '#fd7e14' },
  { name: 'Dormant', color: '#495057' },
];
