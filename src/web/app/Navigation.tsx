import { NavLink, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Link, useLocation } from 'react-router';
import type { WorkspaceSummary } from '../api/index.js';
import { KeepInTouchBadge } from '../features/keep-in-touch/index.js';
import { DueNowBadge } from '../features/tasks/index.js';
import { isManager } from '../shared/index.js';

interface Props {
  workspace: WorkspaceSummary;
  onNavigate: () => void;
}

interface Item {
  path: string;
  labelId: string;
  managersOnly?: boolean;
}

const SETTINGS: Item[] = [
  { path: 'settings/reminders', labelId: 'nav.reminders' },
  { path: 'settings/tags', labelId: 'nav.tags' },
  { path: 'settings/relationships', labelId: 'nav.relationshipSettings', managersOnly: true },
  { path: 'settings/members', labelId: 'nav.members' },
  { path: 'settings/invitations', labelId: 'nav.invitations' },
  { path: 'settings/audit-log', labelId: 'nav.auditLog', managersOnly: true },
  { path: 'settings/outbox', labelId: 'nav.outbox', managersOnly: true },
];

/** The workspace's navigation; audit log and outbox only for owners and admins. */
export function Navigation({ workspace, onNavigate }: Props) {
  const intl = useIntl();
  const { pathname } = useLocation();
  const root = `/w/${workspace.id}`;
  const link = (to: string, labelId: string, prefix = false, extra?: ReactNode) => (
    <NavLink
      key={to}
      component={Link}
      to={to}
      label={intl.formatMessage({ id: labelId })}
      active={pathname === to || (prefix && pathname.startsWith(`${to}/`))}
      onClick={onNavigate}
      rightSection={extra}
    />
  );
  return (
    <nav aria-label={intl.formatMessage({ id: 'nav.label' })} data-testid="main-nav">
      {link(root, 'nav.home')}
      {link(`${root}/tasks`, 'nav.tasks', false, <DueNowBadge workspaceId={workspace.id} />)}
      {link(`${root}/keep-in-touch`, 'nav.keepInTouch', false, <KeepInTouchBadge workspaceId={workspace.id} />)}
      {link(`${root}/calendar`, 'nav.calendar', true)}
      {link(`${root}/partners`, 'nav.partners', true)}
      {link(`${root}/relationships`, 'nav.relationships', true)}
      {link(`${root}/pipeline`, 'nav.pipeline')}
      {link(`${root}/pipeline/analytics`, 'nav.analytics')}
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" mt="md" mb={4} px="sm">
        {intl.formatMessage({ id: 'nav.settings' })}
      </Text>
      {SETTINGS.filter((item) => !item.managersOnly || isManager(workspace.role)).map((item) =>
        link(`${root}/${item.path}`, item.labelId),
      )}
    </nav>
  );
}
