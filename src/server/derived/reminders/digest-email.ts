import type { Locale } from '../../platform/db/index.js';
import { composeEmail, type Block, type Footer, type Rendered } from './compose.js';
import { formatDay, formatNumber, formatTime, plural } from './format.js';
import { REMINDER_STRINGS } from './messages.js';

export type DigestContent = {
  overdue: { id: string; partnerName: string; purpose: string; nextContactDue: string }[];
  overdueTotal: number;
  tasks: { id: string; title: string; dueOn: string | null }[];
  tasksTotal: number;
  meetings: { id: string; subject: string; occurredAt: Date; partnerNames: string | null }[];
  meetingsTotal: number;
};

export const isEmptyDigest = (c: DigestContent) => c.overdueTotal + c.tasksTotal + c.meetingsTotal === 0;

type Context = { locale: Locale; timeZone: string; name: string; appUrl: string; footer: Footer };

/** A section: heading, the items shown, and "…and N more" for the rest. */
function section(locale: Locale, heading: string, items: { text: string; url: string }[], total: number): Block[] {
  if (total === 0) return [];
  const rest = total - items.length;
  return [
    { kind: 'h', text: heading },
    { kind: 'list', items },
    ...(rest > 0
      ? [{ kind: 'p' as const, text: REMINDER_STRINGS[locale].digest.more(formatNumber(locale, rest)) }]
      : []),
  ];
}

/** The daily digest in the member's language and time zone; every name in it links into the app. */
export function digestEmail(ctx: Context, c: DigestContent): Rendered {
  const { locale, appUrl } = ctx;
  const t = REMINDER_STRINGS[locale].digest;
  const summary = [
    c.overdueTotal ? plural(locale, c.overdueTotal, t.overdueCount) : '',
    c.tasksTotal ? plural(locale, c.tasksTotal, t.taskCount) : '',
    c.meetingsTotal ? plural(locale, c.meetingsTotal, t.meetingCount) : '',
  ].filter(Boolean);
  const blocks: Block[] = [
    { kind: 'p', text: t.greeting(ctx.name) },
    { kind: 'p', text: t.intro(ctx.footer.workspaceName) },
    ...section(
      locale,
      t.overdueHeading,
      c.overdue.map((r) => ({
        text: t.contactLine(
          r.purpose ? `${r.partnerName} (${r.purpose})` : r.partnerName,
          formatDay(locale, r.nextContactDue),
        ),
        url: `${appUrl}/relationships/${r.id}`,
      })),
      c.overdueTotal,
    ),
    ...section(
      locale,
      t.tasksHeading,
      c.tasks.map((task) => ({
        text: task.dueOn ? t.taskLine(task.title, formatDay(locale, task.dueOn)) : task.title,
        url: `${appUrl}/tasks`,
      })),
      c.tasksTotal,
    ),
    ...section(
      locale,
      t.meetingsHeading,
      c.meetings.map((m) => {
        const what = [m.subject || t.meetingFallback, m.partnerNames].filter(Boolean).join(' — ');
        return {
          text: `${formatTime(locale, m.occurredAt, ctx.timeZone)}: ${what}`,
          url: `${appUrl}/interactions/${m.id}`,
        };
      }),
      c.meetingsTotal,
    ),
    { kind: 'link', label: t.action, url: `${appUrl}/keep-in-touch` },
  ];
  // Persian joins a list with "،", the others with a comma.
  return composeEmail(
    locale,
    t.subject(ctx.footer.workspaceName, summary.join(locale === 'fa' ? '، ' : ', ')),
    blocks,
    ctx.footer,
  );
}
