import { Alert, Anchor, Box, Button, Group, Loader, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { canWrite, useWorkspace } from '../../shared/index.js';
import { ErrorAlert } from '../../components/index.js';
import { useQuickLog } from '../interactions/index.js';
import { NewSeriesModal } from '../series/index.js';
import { useCalendarMeetings } from './calendar.queries.js';
import { CalendarToolbar } from './CalendarToolbar.js';
import { MonthView } from './MonthView.js';
import { SubscribeButton } from './SubscribeButton.js';
import { useCalendarNav } from './useCalendarNav.js';
import { useCalendarSettings } from './useCalendarSettings.js';
import { WeekView } from './WeekView.js';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Meetings in a month or a week, in the user's language, calendar and time zone. A meeting opens its
 * page; a day (or an hour of the week) opens "log interaction" as a meeting then; recurring meetings
 * are made and listed from here.
 */
export function CalendarPage() {
  const { workspace, session } = useWorkspace();
  const settings = useCalendarSettings(session.user.timeZone);
  const nav = useCalendarNav(settings);
  const quickLog = useQuickLog();
  const [newSeries, setNewSeries] = useState(false);
  const meetings = useCalendarMeetings(workspace.id, {
    from: nav.from,
    to: nav.to,
    memberId: nav.mine ? session.user.id : undefined,
  });
  const items = meetings.data?.items ?? [];
  const writer = canWrite(workspace.role);
  const logAt = (day: string, minute = 9 * 60) =>
    quickLog.open({ localTime: `${day}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`, kind: 'meeting' });
  const onLog = quickLog.enabled ? logAt : undefined;

  return (
    <Stack maw={1400} data-testid="calendar-page" data-calendar={settings.calendar} data-view={nav.view}>
      <Group justify="space-between">
        <Group gap="sm">
          <Title order={1} size="h2">
            <FormattedMessage id="calendar.title" />
          </Title>
          {meetings.isFetching ? <Loader size="xs" aria-hidden /> : null}
        </Group>
        <Group gap="sm">
          <Anchor component={Link} to={`/w/${workspace.id}/calendar/series`} size="sm" data-testid="series-list-link">
            <FormattedMessage id="series.listTitle" />
          </Anchor>
          <SubscribeButton />
          {writer ? (
            <Button variant="light" onClick={() => setNewSeries(true)} data-testid="new-series">
              <FormattedMessage id="series.new" />
            </Button>
          ) : null}
        </Group>
      </Group>
      <CalendarToolbar nav={nav} rtl={settings.rtl} />
      <ErrorAlert error={meetings.error} />
      {meetings.data?.more ? (
        <Alert color="yellow" variant="light">
          <FormattedMessage id="calendar.tooMany" />
        </Alert>
      ) : null}
      {/* Narrow screens scroll the grid sideways rather than squeeze seven days into slivers. */}
      <Box style={{ overflowX: 'auto' }}>
        <Box miw={nav.month ? 640 : 760}>
          {nav.month ? (
            <MonthView
              workspaceId={workspace.id}
              grid={nav.month}
              today={nav.today}
              meetings={items}
              settings={settings}
              onLog={onLog}
              onShowWeek={(day) => nav.show('week', day)}
            />
          ) : (
            <WeekView
              workspaceId={workspace.id}
              days={nav.week}
              today={nav.today}
              meetings={items}
              settings={settings}
              onLog={onLog}
            />
          )}
        </Box>
      </Box>
      {newSeries ? (
        <NewSeriesModal workspaceId={workspace.id} user={session.user} onClose={() => setNewSeries(false)} />
      ) : null}
    </Stack>
  );
}
