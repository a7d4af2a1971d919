import { Badge, Group } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { Kind } from './partners.types.js';

/** A partner's kinds as small grey badges. */
export function KindBadges({ kinds }: { kinds: Kind[] }) {
  if (kinds.length === 0) return null;
  return (
    <Group gap={4}>
      {kinds.map((kind) => (
        <Badge key={kind} size="sm" variant="outline" color="gray">
          <FormattedMessage id={`partner.kind.${kind}`} />
        </Badge>
      ))}
    </Group>
  );
}
