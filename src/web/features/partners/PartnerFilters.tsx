import { Button, MultiSelect, Paper, Select, SimpleGrid } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { DateField } from '../../components/index.js';
import type { ListFilters } from './listQuery.js';
import { useCountryOptions, useEnumOptions, useOwnerOptions, useTagOptions } from './options.js';
import type { Kind, PartnerType } from './partners.types.js';

interface Props {
  workspaceId: string;
  filters: ListFilters;
  onChange: (change: Partial<ListFilters>) => void;
  onReset: () => void;
}

/** Narrowing and ordering the partner list. */
export function PartnerFilters({ workspaceId, filters, onChange, onReset }: Props) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const options = useEnumOptions();
  const countries = useCountryOptions();
  const owners = useOwnerOptions(workspaceId);
  const tags = useTagOptions(workspaceId);
  const combobox = { withinPortal: true };
  const date = (key: 'createdFrom' | 'createdTo' | 'updatedFrom' | 'updatedTo') => (
    <DateField
      size="xs"
      label={t(`partners.filter.${key}`)}
      value={filters[key]}
      onChange={(v) => onChange({ [key]: v })}
    />
  );

  return (
    <Paper withBorder p="sm" radius="md" data-testid="partner-filters">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="xs" verticalSpacing="xs">
        <Select
          size="xs"
          label={t('partner.type')}
          data={options.types}
          value={filters.type}
          clearable
          comboboxProps={combobox}
          onChange={(v) => onChange({ type: (v as PartnerType | null) ?? null })}
        />
        <MultiSelect
          size="xs"
          label={t('partner.kinds')}
          data={options.kinds}
          value={filters.kinds}
          clearable
          comboboxProps={combobox}
          onChange={(v) => onChange({ kinds: v as Kind[] })}
        />
        <MultiSelect
          size="xs"
          label={t('partner.tags')}
          data={tags}
          value={filters.tagIds}
          clearable
          searchable
          comboboxProps={combobox}
          onChange={(v) => onChange({ tagIds: v })}
          nothingFoundMessage={t('common.nothingFound')}
        />
        <Select
          size="xs"
          label={t('partner.owner')}
          data={owners}
          value={filters.ownerId}
          clearable
          searchable
          comboboxProps={combobox}
          onChange={(v) => onChange({ ownerId: v })}
          nothingFoundMessage={t('common.nothingFound')}
        />
        <Select
          size="xs"
          label={t('partner.country')}
          data={countries}
          value={filters.country}
          clearable
          searchable
          comboboxProps={combobox}
          onChange={(v) => onChange({ country: v })}
          nothingFoundMessage={t('common.nothingFound')}
        />
        {date('createdFrom')}
        {date('createdTo')}
        {date('updatedFrom')}
        {date('updatedTo')}
      </SimpleGrid>
      <Button size="compact-xs" variant="subtle" mt="xs" onClick={onReset}>
        <FormattedMessage id="partners.filter.reset" />
      </Button>
    </Paper>
  );
}
