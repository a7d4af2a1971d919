import { Chip, Group, Select } from '@mantine/core';
import { useIntl } from 'react-intl';
import { useOwnerOptions } from '../partners/index.js';
import { TIMELINE_TYPES } from '../../../shared/values/timeline.js';
import type { TimelineFilters, TimelineType } from './timeline.types.js';

interface Props {
  workspaceId: string;
  value: TimelineFilters;
  onChange: (value: TimelineFilters) => void;
}

/** Which kinds of items to show (none chosen: all), and whose. */
export function TimelineFiltersBar({ workspaceId, value, onChange }: Props) {
  const intl = useIntl();
  const members = useOwnerOptions(workspaceId);
  return (
    <Group gap="sm" align="flex-end" justify="space-between" data-testid="timeline-filters">
      <Chip.Group
        multiple
        value={value.types}
        onChange={(types) => onChange({ ...value, types: types as TimelineType[] })}
      >
        <Group gap={6} role="group" aria-label={intl.formatMessage({ id: 'timeline.filterKinds' })}>
          {TIMELINE_TYPES.map((type) => (
            <Chip key={type} value={type} size="xs" variant="outline">
              {intl.formatMessage({ id: `timeline.type.${type}` })}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <Select
        size="xs"
        w={200}
        data={members}
        value={value.memberId}
        clearable
        searchable
        aria-label={intl.formatMessage({ id: 'timeline.filterMember' })}
        placeholder={intl.formatMessage({ id: 'timeline.anyMember' })}
        nothingFoundMessage={intl.formatMessage({ id: 'common.nothingFound' })}
        comboboxProps={{ withinPortal: true }}
        onChange={(memberId) => onChange({ ...value, memberId })}
        data-testid="timeline-member"
      />
    </Group>
  );
}
