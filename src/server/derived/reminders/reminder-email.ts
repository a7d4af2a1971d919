import { z } from 'zod';
import type { Locale } from '../../platform/db/index.js';
import { composeEmail, type Footer, type Rendered } from './compose.js';
import { formatDay, plural } from './format.js';
import { REMINDER_STRINGS } from './messages.js';

/** What a task_assigned notification carries (the contract's params). */
export const taskAssignedParams = z.object({
  taskId: z.string(),
  title: z.string(),
  dueOn: z.string().nullable(),
  assignedByName: z.string(),
});
/** What a relationship_overdue notification carries. */
export const overdueParams = z.object({
  relationshipId: z.string(),
  partnerName: z.string(),
  purpose: z.string(),
  nextContactDue: z.string(),
  overdueDays: z.number(),
});

type Context = { locale: Locale; appUrl: string; footer: Footer };

export function taskAssignedEmail(ctx: Context, params: z.infer<typeof taskAssignedParams>): Rendered {
  const t = REMINDER_STRINGS[ctx.locale].taskAssigned;
  return composeEmail(
    ctx.locale,
    t.subject(params.assignedByName, params.title),
    [
      { kind: 'p', text: t.intro(params.assignedByName, ctx.footer.workspaceName) },
      { kind: 'list', items: [{ text: params.title }] },
      { kind: 'p', text: params.dueOn ? t.due(formatDay(ctx.locale, params.dueOn)) : t.noDue },
      { kind: 'link', label: t.action, url: `${ctx.appUrl}/tasks` },
    ],
    ctx.footer,
  );
}

export function overdueEmail(ctx: Context, params: z.infer<typeof overdueParams>): Rendered {
  const strings = REMINDER_STRINGS[ctx.locale];
  const t = strings.overdue;
  return composeEmail(
    ctx.locale,
    t.subject(params.partnerName),
    [
      {
        kind: 'p',
        text: t.intro(
          params.partnerName,
          formatDay(ctx.locale, params.nextContactDue),
          plural(ctx.locale, params.overdueDays, strings.days),
        ),
      },
      ...(params.purpose ? [{ kind: 'p' as const, text: t.purpose(params.purpose) }] : []),
      { kind: 'link', label: t.action, url: `${ctx.appUrl}/relationships/${params.relationshipId}` },
    ],
    ctx.footer,
  );
}
