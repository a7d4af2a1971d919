import type { QueryOf, ResponseOf, Schema, WorkspacePath } from '../../api/index.js';

type KeepInTouchPath = WorkspacePath<'/keep-in-touch'>;

export type Scope = NonNullable<QueryOf<KeepInTouchPath>['scope']>;
/** The scopes the page offers: the caller's relationships, or (owners and admins) the team's. */
export const SCOPES = ['mine', 'team'] as const satisfies readonly Scope[];

/** One relationship to get in touch with (highest priority first); `overdueDays` is today − nextContactDue. */
export type KeepInTouchItem = Schema<'KeepInTouchItem'>;
/** A page of the list, with `counts` over the whole list. */
export type KeepInTouchPage = ResponseOf<KeepInTouchPath>;
/** A snooze of a relationship's reminders (newest first). */
export type Snooze = Schema<'Snooze'>;
