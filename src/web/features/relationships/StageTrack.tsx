import { Box, Button, Group, Text, Tooltip } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { STAGE_COLORS } from './Badges.js';
import type { Stage } from './relationships.types.js';
import { STAGES } from '../../../shared/values/relationships.js';
import { nextStage, stageIndex } from './stages.js';

interface Props {
  stage: Stage;
  /** Null when the user may not move it. */
  onMove: ((to: Stage) => void) | null;
  moving: boolean;
}

/** The five stages in order with the current one marked; any other stage is a button that moves there. */
export function StageTrack({ stage, onMove, moving }: Props) {
  const intl = useIntl();
  const current = stageIndex(stage);
  const next = nextStage(stage);
  const name = (s: Stage) => intl.formatMessage({ id: `relationship.stage.${s}` });
  return (
    <Box>
      <Group
        gap={4}
        wrap="wrap"
        role="list"
        aria-label={intl.formatMessage({ id: 'relationship.stages' })}
        data-testid="stage-track"
      >
        {STAGES.map((s, i) => {
          const here = s === stage;
          const label = intl.formatMessage({ id: 'stageMove.moveTo' }, { stage: name(s) });
          return (
            <Box role="listitem" key={s} style={{ flex: '1 1 120px' }}>
              {here || !onMove ? (
                <Button
                  component="div"
                  fullWidth
                  variant={here ? 'filled' : i < current ? 'light' : 'default'}
                  color={STAGE_COLORS[s]}
                  aria-current={here ? 'step' : undefined}
                  style={{ cursor: 'default' }}
                  data-testid={here ? 'current-stage' : undefined}
                >
                  {name(s)}
                </Button>
              ) : (
                <Tooltip label={label} withinPortal>
                  <Button
                    fullWidth
                    variant={i < current ? 'light' : 'default'}
                    color={STAGE_COLORS[s]}
                    aria-label={label}
                    disabled={moving}
                    onClick={() => onMove(s)}
                  >
                    {name(s)}
                  </Button>
                </Tooltip>
              )}
            </Box>
          );
        })}
      </Group>
      {onMove && next ? (
        <Group justify="flex-end" mt="xs">
          <Text size="xs" c="dimmed">
            <FormattedMessage id="stageMove.hint" />
          </Text>
          <Button size="xs" loading={moving} onClick={() => onMove(next)} data-testid="advance-stage">
            <FormattedMessage id="stageMove.advance" values={{ stage: name(next) }} />
          </Button>
        </Group>
      ) : null}
    </Box>
  );
}
