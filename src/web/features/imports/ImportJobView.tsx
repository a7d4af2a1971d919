import { Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert, notifyError } from '../../components/index.js';
import { ImportErrors } from './ImportErrors.js';
import { ImportStatus } from './ImportStatus.js';
import { useImport, useUndoImport } from './imports.queries.js';
import { isRunning, progressPercent } from './progress.js';

/** Step 3: progress while the import runs, then what was imported and which rows failed. */
export function ImportJobView({
  workspaceId,
  id,
  onAnother,
}: {
  workspaceId: string;
  id: string;
  onAnother: () => void;
}) {
  const intl = useIntl();
  const job = useImport(workspaceId, id);
  const undo = useUndoImport(workspaceId);
  const data = job.data;
  if (!data) return <ErrorAlert error={job.error} />;
  const finished = !isRunning(data);

  return (
    <Paper withBorder p="md" radius="md" data-testid="import-job">
      <Stack>
        <Group justify="space-between">
          <Text fw={500}>{data.filename}</Text>
          <ImportStatus status={data.status} />
        </Group>
        <Progress
          value={progressPercent(data)}
          animated={!finished}
          aria-label={intl.formatMessage({ id: 'import.progress' })}
        />
        <Text size="sm" data-testid="import-counts">
          <FormattedMessage id="import.counts" values={{ processed: data.processed, total: data.rowCount }} />
        </Text>
        {finished ? (
          <Text fw={500} data-testid="import-summary">
            <FormattedMessage id="import.summary" values={{ imported: data.imported, failed: data.failed }} />
          </Text>
        ) : null}
        {data.errors.length > 0 ? <ImportErrors errors={data.errors} target={data.target} /> : null}
        <Group justify="flex-end">
          {data.status === 'done' ? (
            <Button
              color="orange"
              variant="light"
              loading={undo.isPending}
              onClick={() => undo.mutate(data.id, { onError: (e) => notifyError(intl, e) })}
            >
              <FormattedMessage id="import.undo" />
            </Button>
          ) : null}
          {finished ? (
            <Button variant="default" onClick={onAnother}>
              <FormattedMessage id="import.another" />
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}
