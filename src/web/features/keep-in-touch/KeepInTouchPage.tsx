import { Anchor, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { canWrite, isManager, useWorkspace } from '../../shared/index.js';
import { ErrorAlert, LoadMoreButton, PageLoader } from '../../components/index.js';
import { useKeepInTouch } from './keepInTouch.queries.js';
import { KeepInTouchTable } from './KeepInTouchTable.js';
import type { Scope } from './keepInTouch.types.js';

/** "Keep in touch": the overdue and due-this-week relationships, mine or (owners and admins) the team's. */
export function KeepInTouchPage() {
  const intl = useIntl();
  const { workspace } = useWorkspace();
  const [params, setParams] = useSearchParams();
  const manager = isManager(workspace.role);
  const scope: Scope = manager && params.get('scope') === 'team' ? 'team' : 'mine';
  const list = useKeepInTouch(workspace.id, scope);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const counts = list.data?.pages[0]?.counts ?? { overdue: 0, dueThisWeek: 0 };

  return (
    <Stack maw={1200}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1} size="h2">
            <FormattedMessage id="keepInTouch.title" />
          </Title>
          <Text size="sm" c="dimmed">
            <FormattedMessage id="keepInTouch.intro" />
          </Text>
        </Stack>
        <Group gap="sm">
          <Anchor
            component={Link}
            to={`/w/${workspace.id}/relationships?sort=losing_touch`}
            size="sm"
            data-testid="losing-touch-link"
          >
            <FormattedMessage id="keepInTouch.losingTouch" />
          </Anchor>
          {manager ? (
            <SegmentedControl
              value={scope}
              aria-label={intl.formatMessage({ id: 'keepInTouch.scope' })}
              data-testid="keep-in-touch-scope"
              onChange={(v) => setParams(v === 'team' ? { scope: 'team' } : {}, { replace: true })}
              data={[
                { value: 'mine', label: intl.formatMessage({ id: 'keepInTouch.scope.mine' }) },
                { value: 'team', label: intl.formatMessage({ id: 'keepInTouch.scope.team' }) },
              ]}
            />
          ) : null}
        </Group>
      </Group>
      <ErrorAlert error={list.error} />
      {list.isPending ? <PageLoader /> : null}
      {list.isSuccess && items.length === 0 ? (
        <Paper withBorder p="xl" radius="md" ta="center" data-testid="keep-in-touch-empty">
          <Text fw={600}>
            <FormattedMessage id="keepInTouch.empty" />
          </Text>
          <Text size="sm" c="dimmed" mt={4}>
            <FormattedMessage id="keepInTouch.emptyHint" />
          </Text>
        </Paper>
      ) : null}
      {items.length > 0 ? (
        <KeepInTouchTable
          workspaceId={workspace.id}
          items={items}
          counts={counts}
          showOwner={scope === 'team'}
          canWrite={canWrite(workspace.role)}
        />
      ) : null}
      <LoadMoreButton
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onClick={() => void list.fetchNextPage()}
      />
    </Stack>
  );
}
