import type { Locale } from '../db/index.js';
import { renderEmail, type Block, type RenderedEmail } from './layout.js';

type InvitationVars = { inviter: string; workspace: string; role: string; url: string; days: number };
type ResetVars = { name: string; url: string };

/** A message of one language: its subject and its blocks; the layout makes the text and HTML parts of them. */
type Wording = { subject: string; blocks: Block[] };

const INVITATION: Record<Locale, (v: InvitationVars) => Wording> = {
  en: (v) => ({
    subject: `${v.inviter} invited you to ${v.workspace} on Rapport`,
    blocks: [
      { kind: 'p', text: `${v.inviter} invited you to join the workspace "${v.workspace}" on Rapport as ${v.role}.` },
      { kind: 'link', label: 'Accept the invitation', url: v.url },
      { kind: 'p', text: `The link is valid for ${v.days} days. If you did not expect this email, ignore it.` },
    ],
  }),
  vi: (v) => ({
    subject: `${v.inviter} mời bạn tham gia ${v.workspace} trên Rapport`,
    blocks: [
      {
        kind: 'p',
        text: `${v.inviter} đã mời bạn tham gia không gian làm việc "${v.workspace}" trên Rapport với vai trò ${v.role}.`,
      },
      { kind: 'link', label: 'Chấp nhận lời mời', url: v.url },
      {
        kind: 'p',
        text: `Liên kết có hiệu lực trong ${v.days} ngày. Nếu bạn không mong đợi email này, hãy bỏ qua nó.`,
      },
    ],
  }),
  ru: (v) => ({
    subject: `${v.inviter} приглашает вас в ${v.workspace} в Rapport`,
    blocks: [
      {
        kind: 'p',
        text: `${v.inviter} приглашает вас присоединиться к рабочему пространству «${v.workspace}» в Rapport с ролью «${v.role}».`,
      },
      { kind: 'link', label: 'Принять приглашение', url: v.url },
      {
        kind: 'p',
        text: `Ссылка действует ${v.days} дней. Если вы не ждали этого письма, просто проигнорируйте его.`,
      },
    ],
  }),
  fa: (v) => ({
    subject: `${v.inviter} شما را به ${v.workspace} در Rapport دعوت کرده است`,
    blocks: [
      {
        kind: 'p',
        text: `${v.inviter} شما را برای پیوستن به فضای کاری «${v.workspace}» در Rapport با نقش ${v.role} دعوت کرده است.`,
      },
      { kind: 'link', label: 'پذیرفتن دعوت', url: v.url },
      {
        kind: 'p',
        text: `این پیوند ${v.days} روز اعتبار دارد. اگر انتظار این ایمیل را نداشتید، آن را نادیده بگیرید.`,
      },
    ],
  }),
};

const RESET: Record<Locale, (v: ResetVars) => Wording> = {
  en: (v) => ({
    subject: 'Reset your Rapport password',
    blocks: [
      { kind: 'p', text: `Hello ${v.name},` },
      {
        kind: 'p',
        text: 'Someone asked to reset the password of your Rapport account. To choose a new password, open the link below.',
      },
      { kind: 'link', label: 'Choose a new password', url: v.url },
      {
        kind: 'p',
        text: 'The link works once and for one hour. If it was not you, ignore this email: your password stays as it is.',
      },
    ],
  }),
  vi: (v) => ({
    subject: 'Đặt lại mật khẩu Rapport của bạn',
    blocks: [
      { kind: 'p', text: `Xin chào ${v.name},` },
      {
        kind: 'p',
        text: 'Có người đã yêu cầu đặt lại mật khẩu tài khoản Rapport của bạn. Để chọn mật khẩu mới, hãy mở liên kết bên dưới.',
      },
      { kind: 'link', label: 'Chọn mật khẩu mới', url: v.url },
      {
        kind: 'p',
        text: 'Liên kết chỉ dùng được một lần và trong một giờ. Nếu không phải bạn, hãy bỏ qua email này: mật khẩu của bạn vẫn giữ nguyên.',
      },
    ],
  }),
  ru: (v) => ({
    subject: 'Сброс пароля Rapport',
    blocks: [
      { kind: 'p', text: `Здравствуйте, ${v.name}!` },
      {
        kind: 'p',
        text: 'Кто-то запросил сброс пароля вашей учётной записи Rapport. Чтобы задать новый пароль, откройте ссылку ниже.',
      },
      { kind: 'link', label: 'Задать новый пароль', url: v.url },
      {
        kind: 'p',
        text: 'Ссылка действует один раз и в течение одного часа. Если это были не вы, проигнорируйте письмо: пароль останется прежним.',
      },
    ],
  }),
  fa: (v) => ({
    subject: 'بازنشانی گذرواژهٔ Rapport',
    blocks: [
      { kind: 'p', text: `سلام ${v.name}،` },
      {
        kind: 'p',
        text: 'کسی درخواست بازنشانی گذرواژهٔ حساب Rapport شما را داده است. برای انتخاب گذرواژهٔ تازه پیوند زیر را باز کنید.',
      },
      { kind: 'link', label: 'انتخاب گذرواژهٔ تازه', url: v.url },
      {
        kind: 'p',
        text: 'این پیوند فقط یک بار و تا یک ساعت کار می‌کند. اگر این درخواست از شما نبوده، این ایمیل را نادیده بگیرید؛ گذرواژهٔ شما تغییر نمی‌کند.',
      },
    ],
  }),
};

const ROLE_NAMES: Record<Locale, Record<string, string>> = {
  en: { owner: 'owner', admin: 'admin', member: 'member', viewer: 'viewer' },
  vi: { owner: 'chủ sở hữu', admin: 'quản trị viên', member: 'thành viên', viewer: 'người xem' },
  ru: { owner: 'владелец', admin: 'администратор', member: 'участник', viewer: 'наблюдатель' },
  fa: { owner: 'مالک', admin: 'مدیر', member: 'عضو', viewer: 'بیننده' },
};

const render = (locale: Locale, wording: Wording): RenderedEmail =>
  renderEmail(locale, wording.subject, wording.blocks);

/** The invitation in the inviter's language: text and HTML parts, every value escaped in the HTML. */
export function invitationEmail(locale: Locale, vars: InvitationVars): RenderedEmail {
  return render(locale, INVITATION[locale]({ ...vars, role: ROLE_NAMES[locale][vars.role] ?? vars.role }));
}

/** The password-reset message in the user's language: text and HTML parts, every value escaped in the HTML. */
export function resetEmail(locale: Locale, vars: ResetVars): RenderedEmail {
  return render(locale, RESET[locale](vars));
}
