import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { notifySaved } from '../../components/index.js';
import { staleCurrent } from '../../shared/index.js';
import { useUpdateSeries } from './series.queries.js';
import type { MeetingSeries, SeriesInput } from './series.types.js';
import { SeriesForm } from './SeriesForm.js';
import { seriesPatch, toSeriesInput } from './seriesValues.js';
import { useSeriesErrors } from './useSeriesErrors.js';

interface Props {
  workspaceId: string;
  series: MeetingSeries;
  onClose: () => void;
}

/**
 * Edits a running series: only what changed is sent, and upcoming occurrences nobody touched follow.
 * When someone else saved it meanwhile, the user keeps their changes on top of it or takes theirs.
 */
export function EditSeriesModal({ workspaceId, series, onClose }: Props) {
  const intl = useIntl();
  const small = useMediaQuery('(max-width: 48em)');
  const [base, setBase] = useState(() => ({ input: toSeriesInput(series), version: series.version }));
  const [input, setInput] = useState<SeriesInput>(base.input);
  const update = useUpdateSeries(workspaceId);
  const errors = useSeriesErrors(update.error);
  const theirs = staleCurrent<MeetingSeries>(update.error);

  const save = (version: number, against: SeriesInput) => {
    if (!errors.check(input)) return;
    const patch = seriesPatch(against, input);
    if (Object.keys(patch).length === 0) return onClose();
    update.mutate(
      { id: series.id, patch, version },
      {
        onSuccess: () => {
          notifySaved(intl);
          onClose();
        },
      },
    );
  };
  const takeTheirs = (current: MeetingSeries) => {
    const next = { input: toSeriesInput(current), version: current.version };
    setBase(next);
    setInput(next.input);
    update.reset();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      fullScreen={small}
      title={intl.formatMessage({ id: 'series.editTitle' })}
      closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'common.close' }) }}
      data-testid="edit-series-dialog"
    >
      <SeriesForm
        workspaceId={workspaceId}
        value={input}
        onChange={(change) => setInput((old) => ({ ...old, ...change }))}
        errors={errors.fields}
        submitting={update.isPending}
        submitLabelId="common.save"
        onCancel={onClose}
        onSubmit={() => save(base.version, base.input)}
      >
        {theirs ? (
          <Alert color="orange" variant="light" role="alert" data-testid="series-conflict">
            <Stack gap="xs">
              <Text size="sm">
                <FormattedMessage id="series.conflict" />
              </Text>
              <Group gap="xs">
                {/* Mine over theirs: only my changes are sent, on their version. */}
                <Button size="xs" onClick={() => save(theirs.version, base.input)}>
                  <FormattedMessage id="conflict.keepMine" />
                </Button>
                <Button size="xs" variant="default" onClick={() => takeTheirs(theirs)}>
                  <FormattedMessage id="conflict.discard" />
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : errors.message ? (
          <Alert color="red" variant="light" role="alert" data-testid="error-alert">
            {errors.message}
          </Alert>
        ) : null}
      </SeriesForm>
    </Modal>
  );
}
