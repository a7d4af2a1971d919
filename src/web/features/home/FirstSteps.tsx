import { Badge, Button, Group, Paper, Progress, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { LineIcon } from '../../components/index.js';
import { useFormat } from '../../i18n/index.js';
import { canWrite, isManager, useWorkspace } from '../../shared/index.js';
import { useQuickLog } from '../interactions/index.js';
import { type FirstStep, useFirstSteps } from './firstSteps.queries.js';

const mark = (done: boolean) => (
  <ThemeIcon size={26} radius="xl" color={done ? 'green' : 'gray'} variant={done ? 'filled' : 'light'} aria-hidden>
    <LineIcon size={14} weight={3}>
      {done ? <path d="M5 12l5 5 9-10" /> : <circle cx="12" cy="12" r="4" />}
    </LineIcon>
  </ThemeIcon>
);

/**
 * A newcomer's first steps, each ticked from what the workspace already holds (partners,
 * relationships, interactions, colleagues) and each with the button that does it. It goes away
 * once every step is done; viewers, who cannot do them, never see it.
 */
export function FirstSteps() {
  const { workspace } = useWorkspace();
  const steps = useFirstSteps(workspace.id, isManager(workspace.role));
  const format = useFormat();
  if (!canWrite(workspace.role) || !steps) return null;
  const done = steps.filter((s) => s.done).length;
  if (done === steps.length) return null;
  return (
    <Paper
      withBorder
      p="lg"
      radius="md"
      component="section"
      aria-labelledby="first-steps-title"
      data-testid="first-steps"
    >
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap">
          <Title order={3} size="h4" id="first-steps-title">
            <FormattedMessage id="firstSteps.title" />
          </Title>
          <Text size="sm" c="dimmed" data-testid="first-steps-progress">
            <FormattedMessage
              id="firstSteps.progress"
              values={{ done: format.number(done), total: format.number(steps.length) }}
            />
          </Text>
        </Group>
        <Progress value={(done / steps.length) * 100} size="sm" aria-hidden />
        <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {steps.map((step) => (
            <StepRow key={step.key} step={step} workspaceId={workspace.id} />
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}

function StepRow({ step, workspaceId }: { step: FirstStep; workspaceId: string }) {
  const intl = useIntl();
  return (
    <Group component="li" gap="sm" wrap="nowrap" align="flex-start" data-testid="first-step" data-done={step.done}>
      {mark(step.done)}
      <Stack gap={4} style={{ flex: 1 }}>
        <Group gap="xs">
          <Text fw={600} td={step.done ? 'line-through' : undefined}>
            <FormattedMessage id={`firstSteps.${step.key}.title`} />
          </Text>
          {step.done ? (
            <Badge size="sm" color="green" variant="light">
              {intl.formatMessage({ id: 'firstSteps.done' })}
            </Badge>
          ) : null}
        </Group>
        {step.done ? null : (
          <>
            <Text size="sm" c="dimmed">
              <FormattedMessage id={`firstSteps.${step.key}.hint`} />
            </Text>
            <Group gap="xs">{actionsOf(step.key, workspaceId)}</Group>
          </>
        )}
      </Stack>
    </Group>
  );
}

function actionsOf(key: FirstStep['key'], workspaceId: string): ReactNode {
  const root = `/w/${workspaceId}`;
  const link = (to: string, id: string, primary = true) => (
    <Button component={Link} to={to} size="xs" variant={primary ? 'filled' : 'default'}>
      <FormattedMessage id={id} />
    </Button>
  );
  switch (key) {
    case 'partners':
      return (
        <>
          {link(`${root}/partners/new`, 'partners.new')}
          {link(`${root}/partners/import`, 'firstSteps.partners.import', false)}
        </>
      );
    case 'relationships':
      return link(`${root}/relationships/new`, 'relationships.new');
    case 'interactions':
      return <LogButton />;
    case 'colleagues':
      return link(`${root}/settings/invitations`, 'firstSteps.colleagues.invite');
  }
}

function LogButton() {
  const quickLog = useQuickLog();
  return (
    <Button size="xs" onClick={() => quickLog.open()} disabled={!quickLog.enabled}>
      <FormattedMessage id="interaction.log" />
    </Button>
  );
}
