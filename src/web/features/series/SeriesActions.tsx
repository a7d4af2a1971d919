import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert } from '../../components/index.js';
import { EditSeriesModal } from './EditSeriesModal.js';
import { useStopSeries } from './series.queries.js';
import type { MeetingSeries } from './series.types.js';

/** Edit a running series, or stop it (its upcoming occurrences go to the trash, past ones stay) after confirming. */
export function SeriesActions({ workspaceId, series }: { workspaceId: string; series: MeetingSeries }) {
  const intl = useIntl();
  const stop = useStopSeries(workspaceId);
  const [editing, edit] = useDisclosure(false);
  const [confirming, confirm] = useDisclosure(false);
  if (series.stoppedAt) return null;
  return (
    <Group gap="xs">
      <Button onClick={edit.open} data-testid="series-edit">
        <FormattedMessage id="common.edit" />
      </Button>
      <Button variant="light" color="red" onClick={confirm.open} data-testid="series-stop">
        <FormattedMessage id="series.stop" />
      </Button>
      {editing ? <EditSeriesModal workspaceId={workspaceId} series={series} onClose={edit.close} /> : null}
      <Modal
        opened={confirming}
        onClose={confirm.close}
        title={intl.formatMessage({ id: 'series.stopTitle' })}
        closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'common.close' }) }}
      >
        <Stack>
          <Text>
            <FormattedMessage id="series.stopConfirm" />
          </Text>
          <ErrorAlert error={stop.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={confirm.close}>
              <FormattedMessage id="common.cancel" />
            </Button>
            <Button
              color="red"
              loading={stop.isPending}
              data-testid="series-stop-confirm"
              onClick={() => stop.mutate({ id: series.id, version: series.version }, { onSuccess: confirm.close })}
            >
              <FormattedMessage id="series.stop" />
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Group>
  );
}
