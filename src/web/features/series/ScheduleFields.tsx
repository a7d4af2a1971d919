import { Input, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { DateField, DateTimeField } from '../../components/index.js';
import { formatDateTime, useLocale } from '../../i18n/index.js';
import { type InteractionKind, useInteractionOptions } from '../interactions/index.js';
import { timeZoneOptions, toInstant } from '../../shared/index.js';
import { type Recurrence, SERIES_ENDS, type SeriesEnd, type SeriesInput } from './series.types.js';
import { RECURRENCES } from '../../../shared/values/series.js';

interface Props {
  value: SeriesInput;
  onChange: (change: Partial<SeriesInput>) => void;
  errors: Record<string, string>;
}

/** Subject, kind and place; the first occurrence in a time zone, how long, how often, and when the series ends. */
export function ScheduleFields({ value, onChange, errors }: Props) {
  const intl = useIntl();
  const { locale } = useLocale();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const options = useInteractionOptions();
  const zones = useMemo(() => timeZoneOptions(Intl.supportedValuesOf('timeZone'), value.timeZone), [value.timeZone]);
  const instant = toInstant(value.localTime, value.timeZone);
  const combobox = { withinPortal: true };
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={t('interaction.field.subject')}
          required
          maxLength={500}
          value={value.subject}
          error={errors.subject}
          data-autofocus
          data-testid="series-subject"
          onChange={(e) => onChange({ subject: e.currentTarget.value })}
        />
        <Select
          label={t('interaction.field.kind')}
          data={options.kinds}
          value={value.kind}
          allowDeselect={false}
          error={errors.kind}
          comboboxProps={combobox}
          onChange={(v) => v && onChange({ kind: v as InteractionKind })}
        />
        <TextInput
          style={{ gridColumn: '1 / -1' }}
          label={t('interaction.field.location')}
          description={t('interaction.locationHint')}
          maxLength={500}
          value={value.location}
          error={errors.location}
          data-testid="series-location"
          // A link or a Latin address reads left to right on a Persian page, Persian text right to left.
          dir="auto"
          onChange={(e) => onChange({ location: e.currentTarget.value })}
        />
        <DateTimeField
          label={t('series.field.startsAt')}
          required
          value={value.localTime}
          error={errors.localTime}
          data-testid="series-starts-at"
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
        <Select
          label={t('series.field.recurrence')}
          allowDeselect={false}
          value={value.recurrence}
          error={errors.recurrence}
          comboboxProps={combobox}
          data-testid="series-recurrence"
          onChange={(v) => v && onChange({ recurrence: v as Recurrence })}
          data={RECURRENCES.map((r) => ({ value: r, label: t(`series.recurrence.${r}`) }))}
        />
        <NumberInput
          label={t('series.field.interval')}
          min={1}
          max={12}
          allowDecimal={false}
          allowNegative={false}
          value={value.interval}
          error={errors.interval}
          data-testid="series-interval"
          rightSection={
            <Text size="xs" c="dimmed">
              {t(`series.unit.${value.recurrence}`, { count: value.interval })}
            </Text>
          }
          rightSectionWidth={120}
          onChange={(v) => onChange({ interval: typeof v === 'number' ? v : 1 })}
        />
        <NumberInput
          label={t('interaction.field.durationMinutes')}
          min={0}
          max={1440}
          allowDecimal={false}
          allowNegative={false}
          value={value.durationMinutes ?? ''}
          error={errors.durationMinutes}
          onChange={(v) => onChange({ durationMinutes: typeof v === 'number' ? v : null })}
        />
        <Input.Wrapper label={t('series.field.end')} labelElement="div">
          <Stack gap={4}>
            <SegmentedControl
              value={value.end}
              aria-label={t('series.field.end')}
              data-testid="series-end"
              onChange={(v) => onChange({ end: v as SeriesEnd })}
              data={SERIES_ENDS.map((e) => ({ value: e, label: t(`series.end.${e}`) }))}
            />
            {value.end === 'until' ? (
              <DateField
                aria-label={t('series.field.until')}
                value={value.until}
                error={errors.until}
                data-testid="series-until"
                onChange={(v) => onChange({ until: v })}
              />
            ) : null}
            {value.end === 'count' ? (
              <NumberInput
                aria-label={t('series.field.count')}
                min={1}
                max={1000}
                allowDecimal={false}
                allowNegative={false}
                value={value.count ?? ''}
                error={errors.count}
                data-testid="series-count"
                rightSection={
                  <Text size="xs" c="dimmed">
                    {t('series.occurrences', { count: value.count ?? 0 })}
                  </Text>
                }
                rightSectionWidth={140}
                onChange={(v) => onChange({ count: typeof v === 'number' ? v : null })}
              />
            ) : null}
          </Stack>
        </Input.Wrapper>
      </SimpleGrid>
    </Stack>
  );
}
