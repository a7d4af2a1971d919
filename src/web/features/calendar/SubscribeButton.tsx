import { Button, Modal } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { FormattedMessage, useIntl } from 'react-intl';
import { CalendarFeedPanel } from './CalendarFeedPanel.js';

/** "Subscribe": the user's private feed for calendar apps (also in their profile). */
export function SubscribeButton() {
  const intl = useIntl();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button variant="default" onClick={open} data-testid="calendar-subscribe">
        <FormattedMessage id="feed.subscribe" />
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={intl.formatMessage({ id: 'feed.title' })}
        closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'common.close' }) }}
      >
        {opened ? <CalendarFeedPanel /> : null}
      </Modal>
    </>
  );
}
