import { Box, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ActivityIcon, type ActivityType } from '../interactions/index.js';

interface Props {
  icon: ActivityType;
  color: string;
  /** The date line: when, and who. */
  meta: ReactNode;
  type: string;
  children: ReactNode;
}

/** One timeline row: an icon, a dimmed date line and the item's own content. */
export function TimelineEntry({ icon, color, meta, type, children }: Props) {
  return (
    <Box component="li" py={8} data-testid="timeline-item" data-type={type} style={{ listStyle: 'none' }}>
      <Group align="flex-start" gap="sm" wrap="nowrap">
        <ActivityIcon type={icon} color={color} />
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Text size="xs" c="dimmed">
            {meta}
          </Text>
          {children}
        </Stack>
      </Group>
    </Box>
  );
}
