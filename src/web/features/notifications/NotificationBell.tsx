import { ActionIcon, Button, Divider, Group, Indicator, Popover, ScrollArea, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { ErrorAlert, LineIcon, LoadMoreButton } from '../../components/index.js';
import { useFormat } from '../../i18n/index.js';
import { NotificationItem } from './NotificationItem.js';
import { useMarkAllRead, useMarkRead, useNotificationList, useUnreadCount } from './notifications.queries.js';
import type { AppNotification } from './notifications.types.js';
import { notificationPath } from './wording.js';

const bell = (
  <LineIcon>
    <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
    <path d="M13.7 21a2 2 0 0 1-3.4 0" />
  </LineIcon>
);

/** The header's bell: the unread count, and a list of notifications that open what they are about. */
export function NotificationBell({ workspaceId }: { workspaceId: string }) {
  const intl = useIntl();
  const format = useFormat();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const unread = useUnreadCount(workspaceId).data ?? 0;
  const list = useNotificationList(workspaceId, opened);
  const markRead = useMarkRead(workspaceId);
  const markAll = useMarkAllRead(workspaceId);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  const open = (n: AppNotification) => {
    if (!n.readAt) markRead.mutate(n.id);
    setOpened(false);
    void navigate(notificationPath(n, workspaceId));
  };

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={380} shadow="md" withinPortal trapFocus>
      {/* The indicator only draws the count: the button is the popover's target and carries its state. */}
      <Indicator
        label={format.number(unread)}
        disabled={unread === 0}
        size={18}
        offset={4}
        color="red"
        data-testid="notification-count"
      >
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            size="lg"
            onClick={() => setOpened((o) => !o)}
            data-testid="notification-bell"
            aria-label={intl.formatMessage({ id: 'notifications.bell' }, { count: unread })}
          >
            {bell}
          </ActionIcon>
        </Popover.Target>
      </Indicator>
      <Popover.Dropdown p="xs" data-testid="notification-list">
        <Group justify="space-between" px="xs" pb={4}>
          <Text fw={700} size="sm">
            <FormattedMessage id="notifications.title" />
          </Text>
          <Button
            size="compact-xs"
            variant="subtle"
            disabled={unread === 0}
            loading={markAll.isPending}
            onClick={() => markAll.mutate()}
            data-testid="notifications-read-all"
          >
            <FormattedMessage id="notifications.readAll" />
          </Button>
        </Group>
        <Divider mb={4} />
        <ErrorAlert error={list.error} />
        <ScrollArea.Autosize mah={420}>
          <Stack gap={2}>
            {list.isSuccess && items.length === 0 ? (
              <Text size="sm" c="dimmed" ta="center" py="md">
                <FormattedMessage id="notifications.empty" />
              </Text>
            ) : null}
            {items.map((n) => (
              <NotificationItem key={n.id} notification={n} onOpen={() => open(n)} />
            ))}
          </Stack>
          <LoadMoreButton
            hasMore={list.hasNextPage}
            loading={list.isFetchingNextPage}
            onClick={() => void list.fetchNextPage()}
          />
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}
