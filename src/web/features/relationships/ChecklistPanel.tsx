import { Checkbox, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { notifyError } from '../../components/index.js';
import { useFormat } from '../../i18n/index.js';
import { useSetChecklistItem } from './relationships.queries.js';
import type { ChecklistItem, Stage } from './relationships.types.js';
import { itemLabel } from './stages.js';

interface Props {
  workspaceId: string;
  relationshipId: string;
  stage: Stage;
  items: ChecklistItem[];
  canEdit: boolean;
}

/** What to do in the current stage; ticking an item records who did it and when. */
export function ChecklistPanel({ workspaceId, relationshipId, stage, items, canEdit }: Props) {
  const intl = useIntl();
  const format = useFormat();
  const { set } = useSetChecklistItem(workspaceId, relationshipId);
  const done = items.filter((i) => i.done).length;
  return (
    <Stack gap="xs" data-testid="checklist">
      <Text size="sm" fw={500}>
        <FormattedMessage
          id="relationship.checklistOf"
          values={{ stage: intl.formatMessage({ id: `relationship.stage.${stage}` }), done, total: items.length }}
        />
      </Text>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          <FormattedMessage id="relationship.checklistEmpty" />
        </Text>
      ) : null}
      {items.map((item) => (
        <Checkbox
          key={item.id}
          label={itemLabel(intl, item)}
          checked={item.done}
          disabled={!canEdit}
          description={
            item.done && item.doneAt
              ? intl.formatMessage(
                  { id: 'relationship.doneBy' },
                  { who: item.doneBy?.name ?? '—', when: format.dateTime(item.doneAt) },
                )
              : undefined
          }
          onChange={(e) => set(item.id, e.currentTarget.checked, (err) => notifyError(intl, err))}
          data-testid="checklist-item"
        />
      ))}
    </Stack>
  );
}
