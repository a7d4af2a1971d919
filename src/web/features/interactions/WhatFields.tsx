import { NumberInput, Select, SimpleGrid, Switch, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { DateTimeField } from '../../components/index.js';
import { formatDateTime, useLocale } from '../../i18n/index.js';
import { timeZoneOptions, toInstant } from '../../shared/index.js';
import { meetingByDefault } from './formValues.js';
import type { Direction, InteractionInput, InteractionKind, Sentiment } from './interactions.types.js';
import { useInteractionOptions } from './options.js';

interface Props {
  value: InteractionInput;
  onChange: (change: Partial<InteractionInput>) => void;
  errors: Record<string, string>;
}

/** Kind, whether it is a meeting, when (in which time zone), how long, who reached out, subject and outcome. */
export function WhatFields({ value, onChange, errors }: Props) {
  const intl = useIntl();
  const { locale } = useLocale();
  const t = (id: string) => intl.formatMessage({ id });
  const options = useInteractionOptions();
  const zones = useMemo(() => timeZoneOptions(Intl.supportedValuesOf('timeZone'), value.timeZone), [value.timeZone]);
  const combobox = { withinPortal: true };
  const instant = toInstant(value.localTime, value.timeZone);

  const setKind = (kind: InteractionKind) =>
    // Switching to or from an in-person meeting follows the server's default; other changes keep the switch.
    onChange({ kind, isMeeting: meetingByDefault(kind) || (value.isMeeting && !meetingByDefault(value.kind)) });

  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <Select
        label={t('interaction.field.kind')}
        data={options.kinds}
        value={value.kind}
        allowDeselect={false}
        error={errors.kind}
        comboboxProps={combobox}
        data-testid="interaction-kind"
        onChange={(v) => v && setKind(v as InteractionKind)}
      />
      <Switch
        mt={{ base: 0, sm: 30 }}
        label={t('interaction.field.isMeeting')}
        checked={value.isMeeting}
        description={t('interaction.isMeetingHint')}
        data-testid="interaction-is-meeting"
        onChange={(e) => onChange({ isMeeting: e.currentTarget.checked })}
      />
      <DateTimeField
        label={t('interaction.field.occurredAt')}
        required
        value={value.localTime}
        error={errors.occurredAt}
        data-testid="interaction-when"
        description={instant ? formatDateTime(instant, locale, value.timeZone) : undefined}
        onChange={(v) => onChange({ localTime: v })}
      />
      <Select
        label={t('interaction.field.timeZone')}
        data={zones}
        value={value.timeZone}
        searchable
        allowDeselect={false}
        error={errors.timeZone}
        comboboxProps={combobox}
        nothingFoundMessage={t('common.nothingFound')}
        onChange={(v) => v && onChange({ timeZone: v })}
      />
      <NumberInput
        label={t('interaction.field.durationMinutes')}
        min={0}
        max={20160}
        allowDecimal={false}
        allowNegative={false}
        value={value.durationMinutes ?? ''}
        error={errors.durationMinutes}
        onChange={(v) => onChange({ durationMinutes: typeof v === 'number' ? v : null })}
      />
      <Select
        label={t('interaction.field.direction')}
        data={options.directions}
        value={value.direction}
        clearable
        error={errors.direction}
        comboboxProps={combobox}
        onChange={(v) => onChange({ direction: (v as Direction | null) ?? null })}
      />
      <TextInput
        label={t('interaction.field.subject')}
        maxLength={500}
        value={value.subject}
        error={errors.subject}
        data-testid="interaction-subject"
        onChange={(e) => onChange({ subject: e.currentTarget.value })}
      />
      <Select
        label={t('interaction.field.sentiment')}
        data={options.sentiments}
        value={value.sentiment}
        clearable
        error={errors.sentiment}
        comboboxProps={combobox}
        onChange={(v) => onChange({ sentiment: (v as Sentiment | null) ?? null })}
      />
    </SimpleGrid>
  );
}
