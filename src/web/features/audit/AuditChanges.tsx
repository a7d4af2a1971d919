import { Code, Stack, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { AuditEntry } from './audit.queries.js';
import { changeValue } from './changeValue.js';

/**
 * Each changed field with its value before and after. <bdi> isolates each value,
 * so the arrow follows the page direction whatever script the values are in.
 */
export function AuditChanges({ changes }: { changes: AuditEntry['changes'] }) {
  const fields = Object.entries(changes);
  if (fields.length === 0)
    return (
      <Text c="dimmed" size="sm">
        —
      </Text>
    );
  return (
    <Stack gap={2}>
      {fields.map(([field, change]) => (
        <Text size="sm" key={field}>
          <Code>{field}</Code>{' '}
          <FormattedMessage
            id="audit.change"
            values={{ before: <bdi>{changeValue(change.before)}</bdi>, after: <bdi>{changeValue(change.after)}</bdi> }}
          />
        </Text>
      ))}
    </Stack>
  );
}
