import { Alert, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useFormat } from '../../i18n/useFormat.js';
import { useOwnerOptions } from '../partners/options.js';
import type { Conflict, Field } from './formValues.js';
import type { RelationshipInput, TeamMember } from './relationships.types.js';

interface Props {
  workspaceId: string;
  conflicts: Conflict[];
  theirs: RelationshipInput;
  mine: RelationshipInput;
  /** Known team members, for their names. */
  team: TeamMember[];
  updatedBy: string | null;
  saving: boolean;
  onKeepMine: () => void;
  onDiscard: () => void;
  onClose: () => void;
}

/** Someone saved the relationship meanwhile: show what they changed, and let the user decide. */
export function RelationshipConflictModal(props: Props) {
  const { workspaceId, conflicts, theirs, mine, team, updatedBy, saving } = props;
  const intl = useIntl();
  const format = useFormat();
  const owners = useOwnerOptions(workspaceId);
  const t = (id: string) => intl.formatMessage({ id });
  const empty = t('conflict.empty');
  const name = (userId: string | null) =>
    owners.find((o) => o.value === userId)?.label ?? team.find((m) => m.userId === userId)?.name ?? userId ?? '';

  const show = (input: RelationshipInput, field: Field): string => {
    switch (field) {
      case 'purpose': return input.purpose;
      case 'kinds': return input.kinds.map((k) => t(`partner.kind.${k}`)).join(', ');
      case 'ownerId': return name(input.ownerId);
      case 'team': return input.team.map((m) => [name(m.userId), m.role].filter(Boolean).join(' — ')).join('; ');
      case 'tier': return t(`relationship.tier.${input.tier}`);
      case 'cadenceDays': return input.cadenceDays === null ? '' : intl.formatMessage({ id: 'relationship.days' }, { days: input.cadenceDays });
      case 'status': return t(`relationship.status.${input.status}`);
      case 'endReason': return input.endReason ?? '';
      case 'startedOn': return input.startedOn ? format.day(input.startedOn) : '';
      case 'endedOn': return input.endedOn ? format.day(input.endedOn) : '';
    }
  };

  return (
    <Modal opened onClose={props.onClose} size="xl" title={t('conflict.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack>
        <Alert color="yellow" variant="light">
          <FormattedMessage id="relationship.conflictIntro" values={{ name: updatedBy ?? t('conflict.someone') }} />
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
                <Table.Td><Text size="sm" fw={500}>{t(`relationship.field.${field}`)}</Text></Table.Td>
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
