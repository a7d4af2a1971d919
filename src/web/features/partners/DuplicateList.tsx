import { Alert, Anchor, Button, Group, List, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { Duplicate } from './partners.types.js';

interface Props {
  workspaceId: string;
  duplicates: Duplicate[];
  titleId: string;
  /** Offered only when editing an existing partner. */
  onMerge?: (duplicate: Duplicate) => void;
  children?: ReactNode;
}

/** Partners that look like this one, with links to open them or merge into them. */
export function DuplicateList({ workspaceId, duplicates, titleId, onMerge, children }: Props) {
  const intl = useIntl();
  if (duplicates.length === 0) return null;
  return (
    <Alert color="yellow" variant="light" title={intl.formatMessage({ id: titleId })} data-testid="duplicates">
      <List spacing={4} size="sm">
        {duplicates.map((dup) => (
          <List.Item key={dup.id}>
            <Group gap="xs">
              <Text size="sm" fw={500}>
                <bdi>{dup.name}</bdi>
              </Text>
              <Text size="xs" c="dimmed">
                <FormattedMessage
                  id="duplicates.matchedOn"
                  values={{
                    fields: dup.matchedOn.map((m) => intl.formatMessage({ id: `duplicates.on.${m}` })).join(', '),
                  }}
                />
              </Text>
              <Anchor component={Link} to={`/w/${workspaceId}/partners/${dup.id}`} size="sm">
                <FormattedMessage id="duplicates.open" />
              </Anchor>
              {onMerge ? (
                <Button size="compact-xs" variant="light" onClick={() => onMerge(dup)}>
                  <FormattedMessage id="duplicates.mergeInto" />
                </Button>
              ) : null}
            </Group>
          </List.Item>
        ))}
      </List>
      {children}
    </Alert>
  );
}
