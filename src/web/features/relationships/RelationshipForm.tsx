import {
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  Title,
} from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { DateField } from '../../components/index.js';
import { type Kind, useEnumOptions, useOwnerOptions } from '../partners/index.js';
import { useRelationshipOptions } from './options.js';
import type { RelationshipInput, Status, Tier } from './relationships.types.js';
import { TeamRows } from './TeamRows.js';

interface Props {
  workspaceId: string;
  value: RelationshipInput;
  onChange: (change: Partial<RelationshipInput>) => void;
  errors: Record<string, string>;
  /** Default cadence in days of each tier, for the override's hint. */
  tierCadence: Partial<Record<Tier, number>>;
  submitting: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  /** Fields only a new relationship has (partner, stage), shown first. */
  header?: ReactNode;
  /** Warnings and errors shown above the buttons. */
  children?: ReactNode;
}

/** Purpose, kinds, owner, team, tier and cadence, status and dates of a relationship. */
export function RelationshipForm({
  workspaceId,
  value,
  onChange,
  errors,
  tierCadence,
  submitting,
  onSubmit,
  onCancel,
  header,
  children,
}: Props) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const kinds = useEnumOptions().kinds;
  const owners = useOwnerOptions(workspaceId);
  const options = useRelationshipOptions();
  const combobox = { withinPortal: true };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  const section = (titleId: string, body: ReactNode) => (
    <Paper withBorder p="md" radius="md">
      <Title order={3} size="h5" mb="sm">
        <FormattedMessage id={titleId} />
      </Title>
      {body}
    </Paper>
  );
  const fallback = tierCadence[value.tier];
  const date = (field: 'startedOn' | 'endedOn') => (
    <DateField
      label={t(`relationship.field.${field}`)}
      value={value[field] ?? ''}
      error={errors[field]}
      onChange={(v) => onChange({ [field]: v || null })}
    />
  );

  return (
    <form onSubmit={submit} noValidate data-testid="relationship-form">
      <Stack>
        {section(
          'relationship.section.basics',
          <Stack>
            {header}
            <Textarea
              label={t('relationship.field.purpose')}
              data-autofocus
              autosize
              minRows={2}
              maxLength={2000}
              value={value.purpose}
              error={errors.purpose}
              onChange={(e) => onChange({ purpose: e.currentTarget.value })}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <MultiSelect
                label={t('relationship.field.kinds')}
                data={kinds}
                value={value.kinds}
                error={errors.kinds}
                comboboxProps={combobox}
                onChange={(v) => onChange({ kinds: v as Kind[] })}
              />
              <Select
                label={t('relationship.field.ownerId')}
                data={owners}
                value={value.ownerId}
                error={errors.ownerId}
                searchable
                clearable
                comboboxProps={combobox}
                nothingFoundMessage={t('common.nothingFound')}
                onChange={(v) => onChange({ ownerId: v })}
              />
            </SimpleGrid>
          </Stack>,
        )}
        {section(
          'relationship.section.maintenance',
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('relationship.field.tier')}
              data={options.tiers}
              value={value.tier}
              error={errors.tier}
              allowDeselect={false}
              comboboxProps={combobox}
              onChange={(v) => v && onChange({ tier: v as Tier })}
            />
            <NumberInput
              label={t('relationship.field.cadenceDays')}
              min={1}
              max={3650}
              allowDecimal={false}
              allowNegative={false}
              value={value.cadenceDays ?? ''}
              error={errors.cadenceDays}
              description={
                fallback ? intl.formatMessage({ id: 'relationship.cadenceDefault' }, { days: fallback }) : undefined
              }
              onChange={(v) => onChange({ cadenceDays: typeof v === 'number' ? v : null })}
            />
            {date('startedOn')}
            <Select
              label={t('relationship.field.status')}
              data={options.statuses}
              value={value.status}
              error={errors.status}
              allowDeselect={false}
              comboboxProps={combobox}
              onChange={(v) => v && onChange({ status: v as Status })}
            />
            {value.status === 'ended' ? (
              <>
                <Textarea
                  label={t('relationship.field.endReason')}
                  required
                  autosize
                  minRows={2}
                  maxLength={2000}
                  value={value.endReason ?? ''}
                  error={errors.endReason}
                  onChange={(e) => onChange({ endReason: e.currentTarget.value })}
                />
                {date('endedOn')}
              </>
            ) : null}
          </SimpleGrid>,
        )}
        {section(
          'relationship.section.team',
          <TeamRows
            workspaceId={workspaceId}
            team={value.team}
            errors={errors}
            onChange={(team) => onChange({ team })}
          />,
        )}
        {children}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            <FormattedMessage id="common.cancel" />
          </Button>
          <Button type="submit" loading={submitting}>
            <FormattedMessage id="common.save" />
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
