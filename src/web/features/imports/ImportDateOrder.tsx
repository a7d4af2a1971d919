import { Alert, Radio, Stack, Text } from '@mantine/core';
import { useIntl } from 'react-intl';
import type { DateOrder } from '../../../shared/values/imports.js';
import { useFormat } from '../../i18n/index.js';
import { type ColumnDates, readExample } from './dates.js';

interface Props {
  open: ColumnDates[];
  mixed: ColumnDates[];
  value: DateOrder;
  onChange: (order: DateOrder) => void;
}

/**
 * The mapping step's question when the file's dates could be read two ways (no day above 12):
 * each answer shows how the example would be read, in the user's calendar. Columns that have it
 * both ways cannot be answered: they are named for the user to correct the file.
 */
export function ImportDateOrder({ open, mixed, value, onChange }: Props) {
  const intl = useIntl();
  const format = useFormat();
  const example = open[0]?.example ?? '';
  const reading = (order: DateOrder) => {
    const day = readExample(example, order);
    return day ? format.day(day) : '';
  };
  return (
    <Stack gap="xs">
      {mixed.map((d) => (
        <Alert key={d.column} color="red" data-testid="import-dates-mixed">
          {intl.formatMessage(
            { id: 'import.dates.mixed' },
            { column: d.column, example: d.example, conflicting: d.conflicting ?? '' },
          )}
        </Alert>
      ))}
      {open.length ? (
        <Radio.Group
          data-testid="import-date-order"
          label={intl.formatMessage({ id: 'import.dates.question' }, { example: <bdi key="e">{example}</bdi> })}
          description={intl.formatMessage(
            { id: 'import.dates.why' },
            { columns: intl.formatList(open.map((d) => d.column)) },
          )}
          value={value}
          onChange={(v) => onChange(v === 'day_first' ? 'day_first' : 'month_first')}
        >
          <Stack gap={6} mt={6}>
            <Radio
              value="day_first"
              label={intl.formatMessage({ id: 'import.dates.dayFirst' }, { date: reading('day_first') })}
            />
            <Radio
              value="month_first"
              label={intl.formatMessage({ id: 'import.dates.monthFirst' }, { date: reading('month_first') })}
            />
          </Stack>
        </Radio.Group>
      ) : null}
      {open.length ? (
        <Text size="xs" c="dimmed">
          {intl.formatMessage({ id: 'import.dates.default' })}
        </Text>
      ) : null}
    </Stack>
  );
}
