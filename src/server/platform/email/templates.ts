import type { Locale } from '../db/index.js';

type Message = { subject: string; text: string };

type InvitationVars = { inviter: string; workspace: string; role: string; url: string; days: number };
type ResetVars = { name: string; url: string };

const INVITATION: Record<Locale, (v: InvitationVars) => Message> = {
  en: (v) => ({
    subject: `${v.inviter} invited you to ${v.workspace} on Rapport`,
    text: `${v.inviter} invited you to join the workspace "${v.workspace}" on Rapport as ${v.role}.\n\nAccept the invitation: ${v.url}\n\nThe link is valid for ${v.days} days. If you did not expect this email, ignore it.`,
  }),
  vi: (v) => ({
    subject: `${v.inviter} mời bạn tham gia ${v.workspace} trên Rapport`,
    text: `${v.inviter} đã mời bạn tham gia không gian làm việc "${v.workspace}" trên Rapport với vai trò ${v.role}.\n\nChấp nhận lời mời: ${v.url}\n\nLiên kết có hiệu lực trong ${v.days} ngày. Nếu bạn không mong đợi email này, hãy bỏ qua nó.`,
  }),
  ru: (v) => ({
    subject: `${v.inviter} приглашает вас в ${v.workspace} в Rapport`,
    text: `${v.inviter} приглашает вас присоединиться к рабочему пространству «${v.workspace}» в Rapport с ролью «${v.role}».\n\nПринять приглашение: ${v.url}\n\nСсылка действует ${v.days} дней. Если вы не ждали этого письма, просто проигнорируйте его.`,
  }),
  fa: (v) => ({
    subject: `${v.inviter} شما را به ${v.workspace} در Rapport دعوت کرده است`,
    text: `${v.inviter} شما را برای پیوستن به فضای کاری «${v.workspace}» در Rapport با نقش ${v.role} دعوت کرده است.\n\nپذیرفتن دعوت: ${v.url}\n\nاین پیوند ${v.days} روز اعتبار دارد. اگر انتظار این ایمیل را نداشتید، آن را نادیده بگیرید.`,
  }),
};

const RESET: Record<Locale, (v: ResetVars) => Message> = {
  en: (v) => ({
    subject: 'Reset your Rapport password',
    text: `Hello ${v.name},\n\nSomeone asked to reset the password of your Rapport account. To choose a new password, open: ${v.url}\n\nThe link works once and for one hour. If it was not you, ignore this email: your password stays as it is.`,
  }),
  vi: (v) => ({
    subject: 'Đặt lại mật khẩu Rapport của bạn',
    text: `Xin chào ${v.name},\n\nCó người đã yêu cầu đặt lại mật khẩu tài khoản Rapport của bạn. Để chọn mật khẩu mới, hãy mở: ${v.url}\n\nLiên kết chỉ dùng được một lần và trong một giờ. Nếu không phải bạn, hãy bỏ qua email này: mật khẩu của bạn vẫn giữ nguyên.`,
  }),
  ru: (v) => ({
    subject: 'Сброс пароля Rapport',
    text: `Здравствуйте, ${v.name}!\n\nКто-то запросил сброс пароля вашей учётной записи Rapport. Чтобы задать новый пароль, откройте: ${v.url}\n\nСсылка действует один раз и в течение одного часа. Если это были не вы, проигнорируйте письмо: пароль останется прежним.`,
  }),
  fa: (v) => ({
    subject: 'بازنشانی گذرواژهٔ Rapport',
    text: `سلام ${v.name}،\n\nکسی درخواست بازنشانی گذرواژهٔ حساب Rapport شما را داده است. برای انتخاب گذرواژهٔ تازه این پیوند را باز کنید: ${v.url}\n\nاین پیوند فقط یک بار و تا یک ساعت کار می‌کند. اگر این درخواست از شما نبوده، این ایمیل را نادیده بگیرید؛ گذرواژهٔ شما تغییر نمی‌کند.`,
  }),
};

const ROLE_NAMES: Record<Locale, Record<string, string>> = {
  en: { owner: 'owner', admin: 'admin', member: 'member', viewer: 'viewer' },
  vi: { owner: 'chủ sở hữu', admin: 'quản trị viên', member: 'thành viên', viewer: 'người xem' },
  ru: { owner: 'владелец', admin: 'администратор', member: 'участник', viewer: 'наблюдатель' },
  fa: { owner: 'مالک', admin: 'مدیر', member: 'عضو', viewer: 'بیننده' },
};

export function invitationEmail(locale: Locale, vars: Omit<InvitationVars, 'role'> & { role: string }): Message {
  return INVITATION[locale]({ ...vars, role: ROLE_NAMES[locale][vars.role] ?? vars.role });
}

export function resetEmail(locale: Locale, vars: ResetVars): Message {
  return RESET[locale](vars);
}
