import { Anchor, Group, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { locationUrl } from './location.js';

/** Where a meeting takes place: a video link opens in a new tab, an address is shown as written (its lines kept). */
export function LocationText({ location }: { location: string }) {
  if (!location.trim()) return null;
  const url = locationUrl(location);
  return (
    <Group gap={6} wrap="nowrap" align="flex-start" data-testid="meeting-location">
      <Text size="sm" c="dimmed" style={{ flexShrink: 0 }}>
        <FormattedMessage id="interaction.field.location" />:
      </Text>
      {url ? (
        // A link is Latin whatever the page's direction.
        <Anchor
          href={url}
          target="_blank"
          rel="noopener noreferrer"
          size="sm"
          dir="ltr"
          style={{ wordBreak: 'break-all' }}
        >
          {url}
        </Anchor>
      ) : (
        <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-line', minWidth: 0 }}>
          {location.trim()}
        </Text>
      )}
    </Group>
  );
}
