import { Alert, Group, Paper, SimpleGrid, Stack, Tabs } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useParams, useSearchParams } from 'react-router';
import { canWrite, useWorkspace } from '../../shared/index.js';
import { ErrorAlert, PageLoader } from '../../components/index.js';
import { HealthCard } from '../../features/health/index.js';
import { KeepInTouchPanel } from '../../features/keep-in-touch/index.js';
import {
  AssessmentsTab,
  ChecklistPanel,
  OverviewTab,
  RelationshipActions,
  RelationshipHeader,
  StageHistoryTab,
  StageTrack,
  useRelationship,
  useStageMove,
} from '../../features/relationships/index.js';
import { Timeline } from '../../features/timeline/index.js';

// The timeline comes first and is the default: what happened with the partner, newest first.
const TABS = ['timeline', 'overview', 'history', 'value'] as const;
type Tab = (typeof TABS)[number];

/**
 * One relationship: header, stage with its checklist, health and keep-in-touch cards, and tabs for
 * the timeline, details, stage history and value.
 */
export function RelationshipPage() {
  const intl = useIntl();
  const { workspace } = useWorkspace();
  const { relationshipId } = useParams();
  const [params, setParams] = useSearchParams();
  const query = useRelationship(workspace.id, relationshipId);
  const move = useStageMove(workspace.id);
  const r = query.data;
  if (query.isPending) return <PageLoader />;
  if (!r) return <ErrorAlert error={query.error} />;
  const writer = canWrite(workspace.role) && !r.deletedAt;
  const tab: Tab = TABS.find((t) => t === params.get('tab')) ?? 'timeline';
  const partner = { id: r.partner.id, name: r.partner.name, type: r.partner.type };
  const link = {
    id: r.id,
    partnerId: r.partner.id,
    partnerName: r.partner.name,
    purpose: r.purpose,
    partnerType: r.partner.type,
  };

  return (
    <Stack maw={1100}>
      <Group justify="space-between" align="flex-start">
        <RelationshipHeader workspaceId={workspace.id} relationship={r} />
        {canWrite(workspace.role) ? <RelationshipActions workspaceId={workspace.id} relationship={r} /> : null}
      </Group>
      {r.deletedAt ? (
        <Alert color="red" variant="light">
          <FormattedMessage id="relationship.inTrash" />
        </Alert>
      ) : null}
      <Paper withBorder p="md" radius="md">
        <Stack>
          <StageTrack
            stage={r.stage}
            moving={move.moving}
            onMove={
              writer
                ? (to) =>
                    move.start({ id: r.id, version: r.version, stage: r.stage, partnerName: r.partner.name }, to, {
                      askNote: true,
                    })
                : null
            }
          />
          <ChecklistPanel
            workspaceId={workspace.id}
            relationshipId={r.id}
            stage={r.stage}
            items={r.checklist ?? []}
            canEdit={writer}
          />
        </Stack>
      </Paper>
      {move.dialog}
      {r.deletedAt ? null : (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <HealthCard workspaceId={workspace.id} relationshipId={r.id} />
          <KeepInTouchPanel workspaceId={workspace.id} relationship={r} canEdit={writer} />
        </SimpleGrid>
      )}
      <Tabs
        value={tab}
        onChange={(v) => setParams(v && v !== 'timeline' ? { tab: v } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List aria-label={intl.formatMessage({ id: 'relationship.tabs' })}>
          <Tabs.Tab value="timeline">
            <FormattedMessage id="relationship.tab.timeline" />
          </Tabs.Tab>
          <Tabs.Tab value="overview">
            <FormattedMessage id="relationship.tab.overview" />
          </Tabs.Tab>
          <Tabs.Tab value="history">
            <FormattedMessage id="relationship.tab.history" />
          </Tabs.Tab>
          <Tabs.Tab value="value">
            <FormattedMessage id="relationship.tab.value" />
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="timeline" pt="md">
          <Timeline
            workspaceId={workspace.id}
            scope={{ type: 'relationship', id: r.id }}
            partnerId={r.partner.id}
            prefill={r.deletedAt ? null : { partners: [partner], relationships: [link] }}
          />
        </Tabs.Panel>
        <Tabs.Panel value="overview" pt="md">
          <OverviewTab relationship={r} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <StageHistoryTab workspaceId={workspace.id} relationshipId={r.id} />
        </Tabs.Panel>
        <Tabs.Panel value="value" pt="md">
          <AssessmentsTab workspaceId={workspace.id} relationshipId={r.id} canEdit={writer} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
