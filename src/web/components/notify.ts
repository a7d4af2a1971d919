import { notifications, type NotificationData } from '@mantine/notifications';
import { useEffect } from 'react';
import type { IntlShape } from 'react-intl';
import { translateError } from '../i18n/index.js';

/**
 * How a toast is read out: `status` (a polite live region: saved, done, undo) waits for the
 * screen reader to finish its sentence; `alert` (errors) interrupts it. Mantine makes every toast
 * an alert.
 */
export type ToastLive = 'status' | 'alert';

let counter = 0;
/** The toast shown last: Alt+T goes there. */
let newest: string | null = null;

/**
 * Shows a toast, announced as its `live` says. While the keyboard is in it (Alt+T, or Tab), it
 * stays: Mantine pauses the auto close only under the mouse.
 */
export function showToast({ live, ...data }: NotificationData & { live: ToastLive }): string {
  counter += 1;
  const id: string = data.id ?? `toast-${counter}`;
  const { autoClose, message } = data;
  newest = id;
  return notifications.show({
    ...data,
    id,
    role: live,
    'aria-live': live === 'alert' ? 'assertive' : 'polite',
    'aria-atomic': true,
    'data-toast': id,
    onFocusCapture: () => notifications.update({ id, message, autoClose: false }),
    onBlurCapture: (event) => {
      if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
      notifications.update({ id, message, autoClose });
    },
  });
}

function closeButtonProps(intl: IntlShape) {
  return { 'aria-label': intl.formatMessage({ id: 'common.close' }) };
}

/** A short green toast saying something was done, read out politely. */
export function notifyDone(intl: IntlShape, data: Omit<NotificationData, 'color'>): string {
  return showToast({ color: 'green', closeButtonProps: closeButtonProps(intl), ...data, live: 'status' });
}

/** A short green "Saved." toast. */
export function notifySaved(intl: IntlShape): void {
  notifyDone(intl, { message: intl.formatMessage({ id: 'common.saved' }) });
}

/** A red toast with the failed request's sentence in the user's language, read out at once. */
export function notifyError(intl: IntlShape, error: unknown): void {
  showToast({
    color: 'red',
    message: translateError(intl, error).message,
    closeButtonProps: closeButtonProps(intl),
    live: 'alert',
  });
}

/** Whether the key is Alt+T (Option+T), which moves focus to the newest toast. */
export function isToastKey(event: KeyboardEvent): boolean {
  return event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyT';
}

/** Focuses the newest toast's first button (its action, else its close button); false if none. */
export function focusNewestToast(): boolean {
  const toasts = [...document.querySelectorAll<HTMLElement>('[data-toast]')];
  const toast = toasts.find((t) => t.dataset.toast === newest) ?? toasts.at(-1);
  const button = toast?.querySelector<HTMLElement>('button, a[href]');
  if (!button) return false;
  button.focus();
  return true;
}

/** Alt+T anywhere reaches the toasts, which sit at the end of the page (as Sonner's toasts do). */
export function useToastKey(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isToastKey(event) && focusNewestToast()) event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
