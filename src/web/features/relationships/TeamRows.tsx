import { ActionIcon, Autocomplete, Button, Group, Select, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useOwnerOptions } from '../partners/index.js';
import { TEAM_ROLES } from './options.js';
import type { RelationshipInput } from './relationships.types.js';

type Row = RelationshipInput['team'][number];

interface Props {
  workspaceId: string;
  team: Row[];
  onChange: (team: Row[]) => void;
  errors: Record<string, string>;
}

/** The people on our side and what each is responsible for (finance, marketing…). */
export function TeamRows({ workspaceId, team, onChange, errors }: Props) {
  const intl = useIntl();
  const members = useOwnerOptions(workspaceId);
  const roles = TEAM_ROLES.map((r) => intl.formatMessage({ id: `relationship.teamRole.${r}` }));
  const set = (index: number, change: Partial<Row>) =>
    onChange(team.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const taken = (index: number) => new Set(team.filter((_, i) => i !== index).map((row) => row.userId));
  return (
    <Stack gap="xs" data-testid="team-rows">
      {team.length === 0 ? (
        <Text size="sm" c="dimmed">
          <FormattedMessage id="relationship.teamEmpty" />
        </Text>
      ) : null}
      {team.map((row, index) => (
        <Group key={index} align="flex-start" wrap="nowrap" data-testid="team-row">
          <Select
            style={{ flex: 1 }}
            label={intl.formatMessage({ id: 'relationship.teamMember' })}
            searchable
            data={members.filter((m) => !taken(index).has(m.value))}
            value={row.userId || null}
            error={errors[`team.${index}.userId`] ?? errors[`team.${index}`]}
            comboboxProps={{ withinPortal: true }}
            nothingFoundMessage={intl.formatMessage({ id: 'common.nothingFound' })}
            onChange={(v) => set(index, { userId: v ?? '' })}
          />
          <Autocomplete
            style={{ flex: 1 }}
            label={intl.formatMessage({ id: 'relationship.teamRole' })}
            data={roles}
            value={row.role}
            maxLength={100}
            error={errors[`team.${index}.role`]}
            comboboxProps={{ withinPortal: true }}
            onChange={(role) => set(index, { role })}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mt={28}
            aria-label={intl.formatMessage({ id: 'common.removeRow' })}
            onClick={() => onChange(team.filter((_, i) => i !== index))}
          >
            <span aria-hidden>×</span>
          </ActionIcon>
        </Group>
      ))}
      <Button
        size="compact-sm"
        variant="subtle"
        style={{ alignSelf: 'flex-start' }}
        onClick={() => onChange([...team, { userId: '', role: '' }])}
      >
        <FormattedMessage id="relationship.addTeamMember" />
      </Button>
    </Stack>
  );
}
