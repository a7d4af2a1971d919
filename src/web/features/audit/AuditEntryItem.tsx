import { Anchor, Paper, Stack, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/index.js';
import type { AuditEntry } from './audit.queries.js';
import { AuditChanges } from './AuditChanges.js';
import type { AuditText } from './changeValue.js';
import { details, sentenceOf } from './sentence.js';

/** One entry: the sentence (the record a link to its page), when, and what changed. */
export function AuditEntryItem({
  entry,
  text,
  workspaceId,
}: {
  entry: AuditEntry;
  text: AuditText;
  workspaceId: string;
}) {
  const format = useFormat();
  const sentence = sentenceOf(entry, text);
  const name = <bdi>{sentence.entity.name}</bdi>;
  const entity = sentence.entity.path ? (
    <Anchor component={Link} to={`/w/${workspaceId}/${sentence.entity.path}`} fw={500}>
      {name}
    </Anchor>
  ) : (
    <Text span fw={500}>
      {name}
    </Text>
  );
  return (
    <Paper withBorder p="sm" component="li" data-testid="audit-entry" style={{ listStyle: 'none', minWidth: 0 }}>
      <Stack gap={4}>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="audit-sentence">
          <FormattedMessage id={sentence.id} values={{ ...sentence.values, entity }} />
        </Text>
        <Text size="xs" c="dimmed">
          <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>
        </Text>
        <AuditChanges details={details(entry, text)} />
      </Stack>
    </Paper>
  );
}
