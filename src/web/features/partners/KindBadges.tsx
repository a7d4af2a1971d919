import { Badge, Group } from '@mantine/core';
import { FormattedMessage } from 'react-intl';

/** A partner's kinds as small grey badges (the contract types them as plain strings). */
export function KindBadges({ kinds }: { kinds: readonly string[] }) {
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
