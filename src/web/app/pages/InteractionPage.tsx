import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { Link, useParams } from 'react-router';
import { canWrite, useWorkspace } from '../../shared/index.js';
import { ErrorAlert, PageLoader, RichHtml } from '../../components/index.js';
import { useFormat } from '../../i18n/index.js';
import { AttachmentsPanel } from '../../features/attachments/index.js';
import { ActionItemsPanel } from '../../features/tasks/index.js';
import {
  InteractionActions,
  InteractionHeader,
  InteractionLinks,
  MeetingView,
  useInteraction,
} from '../../features/interactions/index.js';

/**
 * One interaction: header, what it concerns and who took part, notes, and a meeting's agenda,
 * minutes, decisions and action items, and its attachments; a meeting downloads as an .ics invitation.
 */
export function InteractionPage() {
  const { workspace, session } = useWorkspace();
  const { interactionId } = useParams();
  const format = useFormat();
  const query = useInteraction(workspace.id, interactionId);
  const i = query.data;
  if (query.isPending) return <PageLoader />;
  if (!i) return <ErrorAlert error={query.error} />;
  const writer = canWrite(workspace.role) && !i.deletedAt;
  const meetingParts =
    i.isMeeting || i.agenda.length > 0 || i.minutes !== '' || i.decisions.length > 0 || i.actionItems.length > 0;
  const by = (who: { name: string } | null, at: string) => `${who?.name ?? '—'} · ${format.dateTime(at)}`;

  return (
    <Stack maw={1100} data-testid="interaction-page">
      <Group justify="space-between" align="flex-start">
        <InteractionHeader interaction={i} />
        <Group gap="xs">
          {/* An invitation for the user's calendar; anyone who can read the meeting can take it. */}
          {i.isMeeting && !i.deletedAt ? (
            <Button
              component="a"
              variant="default"
              href={`/api/v1/w/${workspace.id}/interactions/${i.id}.ics`}
              download
              data-testid="download-ics"
            >
              <FormattedMessage id="interaction.downloadIcs" />
            </Button>
          ) : null}
          {canWrite(workspace.role) ? <InteractionActions workspaceId={workspace.id} interaction={i} /> : null}
        </Group>
      </Group>
      {i.seriesId ? (
        <Anchor
          component={Link}
          to={`/w/${workspace.id}/calendar/series/${i.seriesId}`}
          size="sm"
          data-testid="interaction-series-link"
        >
          <FormattedMessage id="series.partOf" />
        </Anchor>
      ) : null}
      {i.deletedAt ? (
        <Alert color="red" variant="light">
          <FormattedMessage id="interaction.inTrash" />
        </Alert>
      ) : null}
      <InteractionLinks workspaceId={workspace.id} interaction={i} />
      <Paper withBorder p="md" radius="md" data-testid="interaction-notes">
        <Title order={3} size="h5" mb="sm">
          <FormattedMessage id="interaction.field.notes" />
        </Title>
        {i.notes ? (
          <RichHtml html={i.notes} />
        ) : (
          <Text size="sm" c="dimmed">
            <FormattedMessage id="common.empty" />
          </Text>
        )}
      </Paper>
      {meetingParts ? (
        <MeetingView
          interaction={i}
          actionItems={
            <ActionItemsPanel
              workspaceId={workspace.id}
              interactionId={i.id}
              userId={session.user.id}
              items={i.actionItems}
              canEdit={writer}
            />
          }
        />
      ) : null}
      <AttachmentsPanel
        workspaceId={workspace.id}
        interactionId={i.id}
        attachments={i.attachments ?? []}
        canEdit={writer}
      />
      <Group gap="xl">
        <Text size="xs" c="dimmed">
          <FormattedMessage id="interaction.loggedBy" values={{ who: by(i.createdBy, i.createdAt) }} />
        </Text>
        <Text size="xs" c="dimmed">
          <FormattedMessage id="partner.updated" values={{ who: by(i.updatedBy, i.updatedAt) }} />
        </Text>
      </Group>
    </Stack>
  );
}
