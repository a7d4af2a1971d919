import { Button, Menu, type ButtonProps } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { notifyError } from '../../components/index.js';
import { calendarOf, useLocale } from '../../i18n/index.js';
import { todayIn } from '../../shared/index.js';
import { SnoozeDateModal } from './SnoozeDateModal.js';
import { presetUntil, SNOOZE_PRESETS } from './snoozeDates.js';
import { type SnoozeTarget, useSnooze } from './useSnooze.js';

interface Props {
  workspaceId: string;
  target: SnoozeTarget;
  size?: ButtonProps['size'];
  variant?: ButtonProps['variant'];
}

/** "Snooze until…": one week, two weeks, one month (in the user's calendar), or a date picked. */
export function SnoozeMenu({ workspaceId, target, size = 'xs', variant = 'default' }: Props) {
  const intl = useIntl();
  const { locale, timeZone } = useLocale();
  const snooze = useSnooze(workspaceId);
  const [picking, setPicking] = useState(false);
  const today = todayIn(timeZone);
  const pick = (until: string) => snooze.mutate({ target, until }, { onError: (error) => notifyError(intl, error) });

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button size={size} variant={variant} loading={snooze.isPending} data-testid="snooze-menu">
            <FormattedMessage id="snooze.action" />
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            <FormattedMessage id="snooze.until" />
          </Menu.Label>
          {SNOOZE_PRESETS.map((preset) => (
            <Menu.Item
              key={preset}
              data-testid={`snooze-${preset}`}
              onClick={() => pick(presetUntil(preset, today, calendarOf(locale)))}
            >
              <FormattedMessage id={`snooze.preset.${preset}`} />
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item data-testid="snooze-pick" onClick={() => setPicking(true)}>
            <FormattedMessage id="snooze.pickDate" />
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {picking ? (
        <SnoozeDateModal workspaceId={workspaceId} target={target} today={today} onClose={() => setPicking(false)} />
      ) : null}
    </>
  );
}
