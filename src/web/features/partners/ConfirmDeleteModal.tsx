import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert } from '../../components/index.js';

interface Props {
  opened: boolean;
  name: string;
  loading: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before moving a partner to the trash. */
export function ConfirmDeleteModal({ opened, name, loading, error, onConfirm, onClose }: Props) {
  const intl = useIntl();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={intl.formatMessage({ id: 'partner.deleteTitle' })}
      closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'common.close' }) }}
    >
      <Stack>
        <Text>
          <FormattedMessage id="partner.deleteConfirm" values={{ name }} />
        </Text>
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            <FormattedMessage id="common.cancel" />
          </Button>
          <Button color="red" loading={loading} onClick={onConfirm}>
            <FormattedMessage id="common.delete" />
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
