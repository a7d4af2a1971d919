import { notifications } from '@mantine/notifications';
import type { IntlShape } from 'react-intl';
import { translateError } from '../i18n/index.js';

function closeButtonProps(intl: IntlShape) {
  return { 'aria-label': intl.formatMessage({ id: 'common.close' }) };
}

/** A short green "Saved." toast. */
export function notifySaved(intl: IntlShape): void {
  notifications.show({
    color: 'green',
    message: intl.formatMessage({ id: 'common.saved' }),
    closeButtonProps: closeButtonProps(intl),
  });
}

/** A red toast with the failed request's sentence in the user's language. */
export function notifyError(intl: IntlShape, error: unknown): void {
  notifications.show({
    color: 'red',
    message: translateError(intl, error).message,
    closeButtonProps: closeButtonProps(intl),
  });
}
