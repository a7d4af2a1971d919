import { Box, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useIntl } from 'react-intl';
import { TINT_SURFACE } from '../../components/index.js';
import { useFormat } from '../../i18n/index.js';
import type { AppNotification } from './notifications.types.js';
import { isolated, notificationWording } from './wording.js';

/** One notification in the bell's list: its sentence, when, and a dot while unread. */
export function NotificationItem({ notification: n, onOpen }: { notification: AppNotification; onOpen: () => void }) {
  const intl = useIntl();
  const format = useFormat();
  const wording = notificationWording(n, format.day);
  const unread = !n.readAt;
  return (
    <UnstyledButton
      onClick={onOpen}
      p="xs"
      w="100%"
      data-testid="notification"
      data-unread={unread}
      style={{
        borderRadius: 'var(--mantine-radius-sm)',
        background: unread ? TINT_SURFACE : undefined,
      }}
    >
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Box
          w={8}
          h={8}
          mt={6}
          style={{
            flexShrink: 0,
            borderRadius: '50%',
            background: unread ? 'var(--mantine-color-blue-6)' : 'transparent',
          }}
          aria-hidden
        />
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text size="sm" fw={unread ? 600 : 400}>
            {intl.formatMessage({ id: wording.id }, isolated(wording.values))}
          </Text>
          <Text size="xs" c="dimmed">
            {format.dateTime(n.createdAt)}
          </Text>
        </Stack>
      </Group>
    </UnstyledButton>
  );
}
