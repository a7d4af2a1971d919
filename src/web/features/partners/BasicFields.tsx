import { MultiSelect, SegmentedControl, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useIntl } from 'react-intl';
import { errorFor } from '../../shared/index.js';
import { useCountryOptions, useEnumOptions, useOwnerOptions } from './options.js';
import type { Kind, PartnerInput, PartnerType } from './partners.types.js';
import { TagPicker } from './TagPicker.js';

interface Props {
  workspaceId: string;
  value: PartnerInput;
  onChange: (change: Partial<PartnerInput>) => void;
  errors: Record<string, string>;
}

/** Type, name, kinds, country, owner and tags. */
export function BasicFields({ workspaceId, value, onChange, errors }: Props) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const options = useEnumOptions();
  const countries = useCountryOptions();
  const owners = useOwnerOptions(workspaceId);
  const combobox = { withinPortal: true };
  return (
    <Stack>
      <SegmentedControl
        aria-label={t('partner.type')}
        data={options.types}
        value={value.type}
        onChange={(v) => onChange({ type: v as PartnerType, affiliations: [] })}
        style={{ alignSelf: 'flex-start' }}
      />
      <TextInput
        label={t('partner.name')}
        required
        value={value.name}
        error={errors.name}
        data-autofocus
        onChange={(e) => onChange({ name: e.currentTarget.value })}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <MultiSelect
          label={t('partner.kinds')}
          data={options.kinds}
          value={value.kinds}
          error={errorFor(errors, 'kinds')}
          comboboxProps={combobox}
          onChange={(v) => onChange({ kinds: v as Kind[] })}
        />
        <Select
          label={t('partner.country')}
          data={countries}
          value={value.country}
          error={errors.country}
          searchable
          clearable
          comboboxProps={combobox}
          nothingFoundMessage={t('common.nothingFound')}
          onChange={(v) => onChange({ country: v })}
        />
        <Select
          label={t('partner.owner')}
          data={owners}
          value={value.ownerId}
          error={errors.ownerId}
          searchable
          clearable
          comboboxProps={combobox}
          nothingFoundMessage={t('common.nothingFound')}
          onChange={(v) => onChange({ ownerId: v })}
        />
        <TagPicker
          workspaceId={workspaceId}
          value={value.tagIds}
          error={errorFor(errors, 'tagIds')}
          onChange={(tagIds) => onChange({ tagIds })}
        />
      </SimpleGrid>
    </Stack>
  );
}
