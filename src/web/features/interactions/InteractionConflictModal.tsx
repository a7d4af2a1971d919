import { Alert, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { formatDateTime } from '../../i18n/format.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { useOwnerOptions } from '../partners/options.js';
import type { Conflict, Field } from './conflict.js';
import type { InteractionInput } from './interactions.types.js';
import { toInstant } from './zonedTime.js';
import { relationshipLabel } from './Pickers.js';

interface Props {
  workspaceId: string;
  conflicts: Conflict[];
  theirs: InteractionInput;
  mine: InteractionInput;
  updatedBy: string | null;
  saving: boolean;
  onKeepMine: () => void;
  onDiscard: () => void;
  onClose: () => void;
}

const FIELD_LABELS: Partial<Record<Field, string>> = { when: 'occurredAt', memberIds: 'members' };

/** Editor HTML as plain text, for comparing versions side by side. */
function plain(html: string): string {
  return new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
}

/** Someone saved the interaction meanwhile: show what they changed, and let the user decide. */
export function InteractionConflictModal(props: Props) {
  const { conflicts, theirs, mine, updatedBy, saving } = props;
  const intl = useIntl();
  const { locale } = useLocale();
  const members = useOwnerOptions(props.workspaceId);
  const t = (id: string) => intl.formatMessage({ id });
  const empty = t('conflict.empty');
  const label = (field: Field) => t(`interaction.field.${FIELD_LABELS[field] ?? field}`);

  const show = (input: InteractionInput, field: Field): string => {
    switch (field) {
      case 'kind': return t(`interaction.kind.${input.kind}`);
      case 'isMeeting': return t(input.isMeeting ? 'common.yes' : 'common.no');
      case 'when': {
        const at = toInstant(input.localTime, input.timeZone);
        return at ? `${formatDateTime(at, locale, input.timeZone)} (${input.timeZone})` : '';
      }
      case 'durationMinutes': return input.durationMinutes === null ? '' : intl.formatMessage({ id: 'interaction.duration' }, { minutes: input.durationMinutes });
      case 'direction': return input.direction ? t(`interaction.direction.${input.direction}`) : '';
      case 'sentiment': return input.sentiment ? t(`interaction.sentiment.${input.sentiment}`) : '';
      case 'subject': return input.subject;
      case 'notes': return plain(input.notes);
      case 'minutes': return plain(input.minutes);
      case 'partners': return input.partners.map((p) => p.name).join(', ');
      case 'relationships': return input.relationships.map(relationshipLabel).join('; ');
      case 'people': return input.people.map((p) => p.name).join(', ');
      case 'memberIds': return input.memberIds.map((id) => members.find((m) => m.value === id)?.label ?? id).join(', ');
      case 'agenda': return input.agenda.map((a) => [a.title, a.notes].filter(Boolean).join(' — ')).join('\n');
      case 'decisions': return input.decisions.map((d) => d.text).join('\n');
    }
  };

  return (
    <Modal opened onClose={props.onClose} size="xl" title={t('conflict.title')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack>
        <Alert color="yellow" variant="light">
          <FormattedMessage id="interaction.conflictIntro" values={{ name: updatedBy ?? t('conflict.someone') }} />
        </Alert>
        <Table withTableBorder data-testid="conflict-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th><FormattedMessage id="conflict.field" /></Table.Th>
              <Table.Th><FormattedMessage id="conflict.theirs" /></Table.Th>
              <Table.Th><FormattedMessage id="conflict.yours" /></Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {conflicts.map(({ field, clash }) => (
              <Table.Tr key={field} bg={clash ? 'var(--mantine-color-red-light)' : undefined} data-testid="conflict-row">
                <Table.Td><Text size="sm" fw={500}>{label(field)}</Text></Table.Td>
                <Table.Td><Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{show(theirs, field) || empty}</Text></Table.Td>
                <Table.Td><Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{show(mine, field) || empty}</Text></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="sm" c="dimmed"><FormattedMessage id="conflict.help" /></Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onDiscard}><FormattedMessage id="conflict.discard" /></Button>
          <Button loading={saving} onClick={props.onKeepMine}><FormattedMessage id="conflict.keepMine" /></Button>
        </Group>
      </Stack>
    </Modal>
  );
}
