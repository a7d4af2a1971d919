import { useMutation } from '@tanstack/react-query';
import { FormattedMessage, useIntl } from 'react-intl';
import { notifyError, showUndoToast } from '../../components/index.js';
import { useFormat } from '../../i18n/index.js';
import { endSnooze, snoozeRelationship, useRefreshAfterSnooze } from './keepInTouch.queries.js';

export interface SnoozeTarget {
  relationshipId: string;
  partnerName: string;
}

/**
 * Snoozes a relationship and shows the shared undo toast, whose Undo ends the snooze again
 * (`DELETE …/snooze`). The mutation's error is for the caller's form (the date's field errors).
 */
export function useSnooze(workspaceId: string) {
  const intl = useIntl();
  const format = useFormat();
  const refresh = useRefreshAfterSnooze(workspaceId);
  const mutation = useMutation({
    mutationFn: ({ target, until }: { target: SnoozeTarget; until: string }) =>
      snoozeRelationship(workspaceId, target.relationshipId, until),
    onSuccess: (_snooze, { target, until }) => {
      showUndoToast({
        id: `snoozed-${target.relationshipId}`,
        testId: 'snooze-undo',
        message: (
          <FormattedMessage
            id="snooze.done"
            values={{ name: <bdi>{target.partnerName}</bdi>, date: format.day(until) }}
          />
        ),
        onUndo: () => {
          endSnooze(workspaceId, target.relationshipId)
            .then(refresh)
            .catch((error: unknown) => notifyError(intl, error));
        },
      });
      return refresh();
    },
  });
  return mutation;
}

/** Ends a relationship's live snooze ("End snooze" on its page). */
export function useEndSnooze(workspaceId: string) {
  const refresh = useRefreshAfterSnooze(workspaceId);
  return useMutation({
    mutationFn: (relationshipId: string) => endSnooze(workspaceId, relationshipId),
    onSuccess: refresh,
  });
}
