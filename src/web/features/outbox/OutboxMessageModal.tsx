import { Alert, Code, Modal, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { OutboxMessage } from './outbox.queries.js';

/** The plain text of one email. */
export function OutboxMessageModal({ message, onClose }: { message: OutboxMessage | null; onClose: () => void }) {
  const intl = useIntl();
  return (
    <Modal
      closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'common.close' }) }}
      opened={message !== null}
      onClose={onClose}
      size="lg"
      title={<bdi>{message?.subject ?? intl.formatMessage({ id: 'outbox.title' })}</bdi>}
    >
      {message ? (
        <Stack>
          <Text size="sm">
            <FormattedMessage id="outbox.toLine" values={{ to: message.to }} />
          </Text>
          {message.error ? (
            <Alert color="red" variant="light" dir="ltr">
              {message.error}
            </Alert>
          ) : null}
          <Code block dir="auto" style={{ whiteSpace: 'pre-wrap' }} data-testid="outbox-text">
            {message.text}
          </Code>
        </Stack>
      ) : null}
    </Modal>
  );
}
