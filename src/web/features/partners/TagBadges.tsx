import { Badge, Group } from '@mantine/core';
import type { Tag } from '../../shared/index.js';

/** Tags in their own colours. */
export function TagBadges({ tags }: { tags: Tag[] }) {
  if (tags.length === 0) return null;
  return (
    <Group gap={4} data-testid="tag-badges">
      {tags.map((tag) => (
        <Badge key={tag.id} size="sm" color={tag.color} autoContrast>
          <bdi>{tag.name}</bdi>
        </Badge>
      ))}
    </Group>
  );
}
