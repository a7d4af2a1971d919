import { Alert, Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert, useFieldErrors } from '../../components/index.js';
import type { SkippedItem, Stage } from './relationships.types.js';
import { itemLabel } from './stages.js';

export type MovePhase = 'note' | 'reason' | 'skipped';

interface Props {
  phase: MovePhase;
  partnerName: string;
  to: Stage;
  openItems: SkippedItem[];
  text: string;
  onText: (text: string) => void;
  saving: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}

const TITLES: Record<MovePhase, string> = {
  note: 'stageMove.forwardTitle',
  reason: 'stageMove.backwardTitle',
  skipped: 'stageMove.skippedTitle',
};

/** Asks before a stage move: a note going forward, a reason going back, or to skip open checklist items. */
export function StageMoveDialog({
  phase,
  partnerName,
  to,
  openItems,
  text,
  onText,
  saving,
  error,
  onConfirm,
  onCancel,
}: Props) {
  const intl = useIntl();
  const fieldError = useFieldErrors(error);
  const stage = intl.formatMessage({ id: `relationship.stage.${to}` });
  const reasonMissing = phase === 'reason' && text.trim() === '';
  const stageName = (s: Stage) => intl.formatMessage({ id: `relationship.stage.${s}` });
  return (
    <Modal
      opened
      onClose={onCancel}
      title={intl.formatMessage({ id: TITLES[phase] }, { stage })}
      closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'common.close' }) }}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!reasonMissing) onConfirm();
        }}
        data-testid="stage-move-dialog"
      >
        <Stack>
          <Text size="sm">
            <FormattedMessage id="stageMove.intro" values={{ name: partnerName, stage }} />
          </Text>
          {phase === 'skipped' ? (
            <Alert color="yellow" variant="light">
              <Text size="sm" mb="xs">
                <FormattedMessage id="stageMove.openItems" values={{ count: openItems.length }} />
              </Text>
              <List size="sm" spacing={2} data-testid="open-items">
                {openItems.map((item) => (
                  <List.Item key={item.id}>
                    {itemLabel(intl, item)}{' '}
                    <Text span size="xs" c="dimmed">
                      ({stageName(item.stage)})
                    </Text>
                  </List.Item>
                ))}
              </List>
            </Alert>
          ) : null}
          {phase === 'reason' ? (
            <Textarea
              label={intl.formatMessage({ id: 'stageMove.reason' })}
              required
              autosize
              minRows={2}
              maxLength={2000}
              value={text}
              onChange={(e) => onText(e.currentTarget.value)}
              error={fieldError('reason')}
              data-autofocus
            />
          ) : (
            <Textarea
              label={intl.formatMessage({ id: 'stageMove.note' })}
              autosize
              minRows={2}
              maxLength={2000}
              value={text}
              onChange={(e) => onText(e.currentTarget.value)}
              error={fieldError('note')}
              data-autofocus={phase === 'note' || undefined}
            />
          )}
          {fieldError('reason') || fieldError('note') ? null : <ErrorAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              <FormattedMessage id="common.cancel" />
            </Button>
            <Button
              type="submit"
              loading={saving}
              disabled={reasonMissing}
              color={phase === 'skipped' ? 'yellow' : undefined}
            >
              <FormattedMessage id={phase === 'skipped' ? 'stageMove.moveAnyway' : 'stageMove.move'} />
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
