import type { Locale } from '../../platform/db/index.js';
import { plural } from './format.js';

type Forms = Parameters<typeof plural>[2];

/** The wording of reminder emails in one language; dates and counts arrive formatted for it. */
export type ReminderStrings = {
  footer: (workspace: string) => string;
  unsubscribe: string;
  settings: string;
  taskAssigned: {
    subject: (by: string, title: string) => string;
    intro: (by: string, workspace: string) => string;
    due: (date: string) => string;
    noDue: string;
    action: string;
  };
  overdue: {
    subject: (partner: string) => string;
    intro: (partner: string, date: string, days: string) => string;
    purpose: (purpose: string) => string;
    action: string;
  };
  digest: {
    subject: (workspace: string, summary: string) => string;
    greeting: (name: string) => string;
    intro: (workspace: string) => string;
    overdueHeading: string;
    tasksHeading: string;
    meetingsHeading: string;
    overdueCount: Forms;
    taskCount: Forms;
    meetingCount: Forms;
    contactLine: (partner: string, date: string) => string;
    taskLine: (title: string, date: string) => string;
    meetingFallback: string;
    more: (n: string) => string;
    action: string;
  };
  /** "N days ago" / "N days overdue". */
  days: Forms;
};

const en: ReminderStrings = {
  footer: (w) => `You get this email because of your reminder settings in ${w}.`,
  unsubscribe: 'Unsubscribe from these emails',
  settings: 'Reminder settings',
  taskAssigned: {
    subject: (by, title) => `${by} assigned you a task: ${title}`,
    intro: (by, w) => `${by} assigned you a task in ${w}.`,
    due: (d) => `Due ${d}`,
    noDue: 'No due date',
    action: 'Open my tasks',
  },
  overdue: {
    subject: (p) => `Time to get in touch with ${p}`,
    intro: (p, d, days) => `Your next contact with ${p} was due on ${d} (${days} ago).`,
    purpose: (p) => `Relationship: ${p}`,
    action: 'Open the relationship',
  },
  digest: {
    subject: (w, s) => `Today in ${w}: ${s}`,
    greeting: (n) => `Hello ${n},`,
    intro: (w) => `Here is what needs your attention today in ${w}.`,
    overdueHeading: 'Overdue contacts',
    tasksHeading: 'Tasks overdue or due today',
    meetingsHeading: 'Meetings in the next 24 hours',
    overdueCount: { one: '# overdue contact', other: '# overdue contacts' },
    taskCount: { one: '# task due', other: '# tasks due' },
    meetingCount: { one: '# meeting', other: '# meetings' },
    contactLine: (p, d) => `${p}: contact was due ${d}`,
    taskLine: (t, d) => `${t} (due ${d})`,
    meetingFallback: 'Meeting',
    more: (n) => `…and ${n} more`,
    action: 'Open Rapport',
  },
  days: { one: '# day', other: '# days' },
};

const vi: ReminderStrings = {
  footer: (w) => `Bạn nhận được email này theo cài đặt nhắc nhở của bạn trong ${w}.`,
  unsubscribe: 'Hủy đăng ký nhận các email này',
  settings: 'Cài đặt nhắc nhở',
  taskAssigned: {
    subject: (by, title) => `${by} đã giao cho bạn một công việc: ${title}`,
    intro: (by, w) => `${by} đã giao cho bạn một công việc trong ${w}.`,
    due: (d) => `Hạn: ${d}`,
    noDue: 'Không có hạn',
    action: 'Mở công việc của tôi',
  },
  overdue: {
    subject: (p) => `Đã đến lúc liên hệ với ${p}`,
    intro: (p, d, days) => `Lần liên hệ tiếp theo với ${p} đã đến hạn vào ${d} (${days} trước).`,
    purpose: (p) => `Mối quan hệ: ${p}`,
    action: 'Mở mối quan hệ',
  },
  digest: {
    subject: (w, s) => `Hôm nay trong ${w}: ${s}`,
    greeting: (n) => `Xin chào ${n},`,
    intro: (w) => `Đây là những việc cần bạn chú ý hôm nay trong ${w}.`,
    overdueHeading: 'Liên hệ quá hạn',
    tasksHeading: 'Công việc quá hạn hoặc đến hạn hôm nay',
    meetingsHeading: 'Cuộc họp trong 24 giờ tới',
    overdueCount: { other: '# liên hệ quá hạn' },
    taskCount: { other: '# công việc đến hạn' },
    meetingCount: { other: '# cuộc họp' },
    contactLine: (p, d) => `${p}: đến hạn liên hệ ${d}`,
    taskLine: (t, d) => `${t} (hạn ${d})`,
    meetingFallback: 'Cuộc họp',
    more: (n) => `…và ${n} mục khác`,
    action: 'Mở Rapport',
  },
  days: { other: '# ngày' },
};

const ru: ReminderStrings = {
  footer: (w) => `Вы получили это письмо согласно своим настройкам напоминаний в «${w}».`,
  unsubscribe: 'Отписаться от таких писем',
  settings: 'Настройки напоминаний',
  taskAssigned: {
    subject: (by, title) => `${by} назначает вам задачу: ${title}`,
    intro: (by, w) => `${by} назначает вам задачу в «${w}».`,
    due: (d) => `Срок: ${d}`,
    noDue: 'Без срока',
    action: 'Открыть мои задачи',
  },
  overdue: {
    subject: (p) => `Пора связаться: ${p}`,
    intro: (p, d, days) => `Следующий контакт с «${p}» был запланирован на ${d} (${days} назад).`,
    purpose: (p) => `Отношения: ${p}`,
    action: 'Открыть отношения',
  },
  digest: {
    subject: (w, s) => `Сегодня в «${w}»: ${s}`,
    greeting: (n) => `Здравствуйте, ${n}!`,
    intro: (w) => `Вот что требует вашего внимания сегодня в «${w}».`,
    overdueHeading: 'Просроченные контакты',
    tasksHeading: 'Задачи просроченные и на сегодня',
    meetingsHeading: 'Встречи в ближайшие 24 часа',
    overdueCount: {
      one: '# просроченный контакт',
      few: '# просроченных контакта',
      many: '# просроченных контактов',
      other: '# просроченного контакта',
    },
    taskCount: { one: '# задача к сроку', few: '# задачи к сроку', many: '# задач к сроку', other: '# задачи к сроку' },
    meetingCount: { one: '# встреча', few: '# встречи', many: '# встреч', other: '# встречи' },
    contactLine: (p, d) => `${p}: контакт был запланирован на ${d}`,
    taskLine: (t, d) => `${t} (срок ${d})`,
    meetingFallback: 'Встреча',
    more: (n) => `…и ещё ${n}`,
    action: 'Открыть Rapport',
  },
  days: { one: '# день', few: '# дня', many: '# дней', other: '# дня' },
};

const fa: ReminderStrings = {
  footer: (w) => `این ایمیل بر اساس تنظیمات یادآوری شما در ${w} فرستاده شده است.`,
  unsubscribe: 'لغو دریافت این ایمیل‌ها',
  settings: 'تنظیمات یادآوری',
  taskAssigned: {
    subject: (by, title) => `${by} کاری به شما سپرده است: ${title}`,
    intro: (by, w) => `${by} در ${w} کاری به شما سپرده است.`,
    due: (d) => `مهلت: ${d}`,
    noDue: 'بدون مهلت',
    action: 'باز کردن کارهای من',
  },
  overdue: {
    subject: (p) => `وقت تماس با ${p} است`,
    intro: (p, d, days) => `موعد تماس بعدی شما با ${p} ${d} بود (${days} پیش).`,
    purpose: (p) => `رابطه: ${p}`,
    action: 'باز کردن رابطه',
  },
  digest: {
    subject: (w, s) => `امروز در ${w}: ${s}`,
    greeting: (n) => `سلام ${n}،`,
    intro: (w) => `کارهایی که امروز در ${w} به توجه شما نیاز دارند:`,
    overdueHeading: 'تماس‌های عقب‌افتاده',
    tasksHeading: 'کارهای عقب‌افتاده یا با مهلت امروز',
    meetingsHeading: 'جلسه‌های ۲۴ ساعت آینده',
    overdueCount: { other: '# تماس عقب‌افتاده' },
    taskCount: { other: '# کار سررسیده' },
    meetingCount: { other: '# جلسه' },
    contactLine: (p, d) => `${p}: موعد تماس ${d}`,
    taskLine: (t, d) => `${t} (مهلت ${d})`,
    meetingFallback: 'جلسه',
    more: (n) => `…و ${n} مورد دیگر`,
    action: 'باز کردن Rapport',
  },
  days: { other: '# روز' },
};

export const REMINDER_STRINGS: Record<Locale, ReminderStrings> = { en, vi, ru, fa };
