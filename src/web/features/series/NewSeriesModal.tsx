import { Alert, Anchor, Group, Modal, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState, type MouseEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import type { User } from '../../api/index.js';
import { useCreateSeries } from './series.queries.js';
import type { SeriesInput } from './series.types.js';
import { SeriesForm } from './SeriesForm.js';
import { emptySeriesInput, seriesBody } from './seriesValues.js';
import { useSeriesErrors } from './useSeriesErrors.js';
import { showToast } from '../../components/index.js';

interface Props {
  workspaceId: string;
  user: User;
  onClose: () => void;
}

/** "New recurring meeting": the series is created with its occurrences of the next 90 days; a toast links to it. */
export function NewSeriesModal({ workspaceId, user, onClose }: Props) {
  const intl = useIntl();
  const navigate = useNavigate();
  const small = useMediaQuery('(max-width: 48em)');
  const [input, setInput] = useState<SeriesInput>(() => emptySeriesInput(user.id, user.timeZone));
  const create = useCreateSeries(workspaceId);
  const errors = useSeriesErrors(create.error);

  const submit = () => {
    if (!errors.check(input)) return;
    create.mutate(seriesBody(input), {
      onSuccess: (saved) => {
        const id = `series-${saved.id}`;
        const path = `/w/${workspaceId}/calendar/series/${saved.id}`;
        const open = (event: MouseEvent) => {
          event.preventDefault();
          notifications.hide(id);
          void navigate(path);
        };
        showToast({
          live: 'status',
          id,
          color: 'green',
          message: (
            <Group gap="xs" wrap="nowrap" justify="space-between">
              <Text size="sm">
                <FormattedMessage id="series.created" />
              </Text>
              <Anchor href={path} onClick={open} size="sm" data-testid="series-created-link">
                <FormattedMessage id="interaction.open" />
              </Anchor>
            </Group>
          ),
          closeButtonProps: { 'aria-label': intl.formatMessage({ id: 'common.close' }) },
        });
        onClose();
      },
    });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      fullScreen={small}
      title={intl.formatMessage({ id: 'series.new' })}
      closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'common.close' }) }}
      data-testid="new-series-dialog"
    >
      <SeriesForm
        workspaceId={workspaceId}
        value={input}
        onChange={(change) => setInput((old) => ({ ...old, ...change }))}
        errors={errors.fields}
        submitting={create.isPending}
        submitLabelId="common.create"
        onSubmit={submit}
        onCancel={onClose}
      >
        {errors.message ? (
          <Alert color="red" variant="light" role="alert" data-testid="error-alert">
            {errors.message}
          </Alert>
        ) : null}
      </SeriesForm>
    </Modal>
  );
}
