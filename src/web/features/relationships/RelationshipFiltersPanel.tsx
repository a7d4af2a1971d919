import { Button, MultiSelect, Paper, Select, SimpleGrid, Switch } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { type Kind, useEnumOptions, useOwnerOptions, useTagOptions } from '../partners/index.js';
import type { RelationshipFilters } from './listQuery.js';
import { useRelationshipOptions } from './options.js';
import type { Stage, Status, Tier } from './relationships.types.js';

type Field = 'stages' | 'tiers' | 'ownerId' | 'kinds' | 'tagIds' | 'statuses' | 'oneSided' | 'overdue';

interface Props {
  workspaceId: string;
  filters: Pick<RelationshipFilters, Field>;
  onChange: (change: Partial<RelationshipFilters>) => void;
  onReset: () => void;
  /** Filters not to offer (the board's grouping already splits by it). */
  hide?: Field[];
}

/** Narrowing relationships by stage, tier, owner, kind, tag, status, one-sidedness and overdue contact. */
export function RelationshipFiltersPanel({ workspaceId, filters, onChange, onReset, hide = [] }: Props) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const kinds = useEnumOptions().kinds;
  const owners = useOwnerOptions(workspaceId);
  const tags = useTagOptions(workspaceId);
  const options = useRelationshipOptions();
  const shown = (field: Field) => !hide.includes(field);
  const combobox = { withinPortal: true };
  const oneSided = [
    { value: 'true', label: t('relationships.filter.oneSidedOnly') },
    { value: 'false', label: t('relationships.filter.twoSidedOnly') },
  ];
  return (
    <Paper withBorder p="sm" radius="md" data-testid="relationship-filters">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="xs" verticalSpacing="xs">
        {shown('stages') ? (
          <MultiSelect
            size="xs"
            label={t('relationship.field.stage')}
            data={options.stages}
            value={filters.stages}
            clearable
            comboboxProps={combobox}
            onChange={(v) => onChange({ stages: v as Stage[] })}
          />
        ) : null}
        {shown('tiers') ? (
          <MultiSelect
            size="xs"
            label={t('relationship.field.tier')}
            data={options.tiers}
            value={filters.tiers}
            clearable
            comboboxProps={combobox}
            onChange={(v) => onChange({ tiers: v as Tier[] })}
          />
        ) : null}
        {shown('ownerId') ? (
          <Select
            size="xs"
            label={t('relationship.field.ownerId')}
            data={owners}
            value={filters.ownerId}
            clearable
            searchable
            comboboxProps={combobox}
            nothingFoundMessage={t('common.nothingFound')}
            onChange={(v) => onChange({ ownerId: v })}
          />
        ) : null}
        {shown('kinds') ? (
          <MultiSelect
            size="xs"
            label={t('relationships.filter.kind')}
            data={kinds}
            value={filters.kinds}
            clearable
            comboboxProps={combobox}
            onChange={(v) => onChange({ kinds: v as Kind[] })}
          />
        ) : null}
        {shown('tagIds') ? (
          <MultiSelect
            size="xs"
            label={t('relationships.filter.tag')}
            data={tags}
            value={filters.tagIds}
            clearable
            searchable
            comboboxProps={combobox}
            nothingFoundMessage={t('common.nothingFound')}
            onChange={(v) => onChange({ tagIds: v })}
          />
        ) : null}
        {shown('statuses') ? (
          <MultiSelect
            size="xs"
            label={t('relationship.field.status')}
            data={options.statuses}
            value={filters.statuses}
            clearable
            comboboxProps={combobox}
            onChange={(v) => onChange({ statuses: v as Status[] })}
          />
        ) : null}
        {shown('oneSided') ? (
          <Select
            size="xs"
            label={t('relationships.filter.value')}
            data={oneSided}
            value={filters.oneSided === null ? null : String(filters.oneSided)}
            clearable
            comboboxProps={combobox}
            onChange={(v) => onChange({ oneSided: v === null ? null : v === 'true' })}
          />
        ) : null}
        {shown('overdue') ? (
          <Switch
            size="sm"
            mt="lg"
            label={t('relationships.filter.overdue')}
            checked={filters.overdue}
            onChange={(e) => onChange({ overdue: e.currentTarget.checked })}
            data-testid="overdue-filter"
          />
        ) : null}
      </SimpleGrid>
      <Button size="compact-xs" variant="subtle" mt="xs" onClick={onReset}>
        <FormattedMessage id="partners.filter.reset" />
      </Button>
    </Paper>
  );
}
