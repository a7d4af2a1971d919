import { ActionIcon, Button, Group, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';

interface Props<T> {
  rows: T[];
  onChange: (rows: T[]) => void;
  blank: () => T;
  addLabelId: string;
  testId: string;
  /** The inputs of one row; `set` changes some of its values. */
  render: (row: T, set: (change: Partial<T>) => void, index: number) => ReactNode;
}

/** Rows of inputs that can be added and removed (agenda items, decisions, action items). */
export function RowList<T>({ rows, onChange, blank, addLabelId, testId, render }: Props<T>) {
  const intl = useIntl();
  const set = (index: number) => (change: Partial<T>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  return (
    <Stack gap="xs" data-testid={testId}>
      {rows.map((row, index) => (
        <Group key={index} align="flex-start" wrap="nowrap" gap="xs" data-testid={`${testId}-row`}>
          {render(row, set(index), index)}
          <ActionIcon
            variant="subtle"
            color="red"
            mt={28}
            aria-label={intl.formatMessage({ id: 'common.removeRow' })}
            onClick={() => onChange(rows.filter((_, i) => i !== index))}
          >
            <span aria-hidden>×</span>
          </ActionIcon>
        </Group>
      ))}
      <Button
        size="compact-sm"
        variant="subtle"
        style={{ alignSelf: 'flex-start' }}
        onClick={() => onChange([...rows, blank()])}
      >
        <FormattedMessage id={addLabelId} />
      </Button>
    </Stack>
  );
}
