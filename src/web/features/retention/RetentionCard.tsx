import { Alert, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert } from '../../components/index.js';
import { calendarOf, useFormat, useLocale } from '../../i18n/index.js';
import { todayIn } from '../../shared/index.js';
import { type Period, periodRange, PERIODS } from './period.js';
import { RetentionBar } from './RetentionBar.js';
import { useRetention } from './retention.queries.js';

/**
 * The home page's retention balance: of the team's interactions in a period, how many went to
 * existing relationships and how many to new prospects, with a warning under the workspace's minimum.
 */
export function RetentionCard({ workspaceId }: { workspaceId: string }) {
  const intl = useIntl();
  const format = useFormat();
  const { locale, timeZone } = useLocale();
  const [period, setPeriod] = useState<Period>('last30');
  const range = periodRange(period, todayIn(timeZone), calendarOf(locale));
  const retention = useRetention(workspaceId, range);
  const b = retention.data;
  const share =
    b?.prospectShare === null || b?.prospectShare === undefined ? null : format.percent(b.prospectShare / 100, 1);

  return (
    <Paper withBorder p="lg" radius="md" data-testid="retention-card">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={3} size="h4">
            <FormattedMessage id="retention.title" />
          </Title>
          <SegmentedControl
            size="xs"
            value={period}
            onChange={(v) => setPeriod(PERIODS.find((p) => p === v) ?? 'last30')}
            aria-label={intl.formatMessage({ id: 'retention.period' })}
            data-testid="retention-period"
            data={PERIODS.map((p) => ({ value: p, label: intl.formatMessage({ id: `retention.period.${p}` }) }))}
          />
        </Group>
        <Text size="xs" c="dimmed">
          <FormattedMessage id="retention.range" values={{ from: format.day(range.from), to: format.day(range.to) }} />
        </Text>
        <ErrorAlert error={retention.error} />
        {b && b.total === 0 ? (
          <Text size="sm" c="dimmed" data-testid="retention-empty">
            <FormattedMessage id="retention.empty" />
          </Text>
        ) : null}
        {b && b.total > 0 ? (
          <>
            <Text size="sm" data-testid="retention-share">
              <FormattedMessage
                id="retention.share"
                values={{ share, total: b.total, b: (chunks) => <b>{chunks}</b> }}
              />
            </Text>
            <RetentionBar balance={b} />
            {b.belowThreshold ? (
              <Alert color="orange" variant="light" data-testid="retention-warning">
                <FormattedMessage
                  id="retention.warning"
                  values={{ share, threshold: format.percent(b.threshold / 100) }}
                />
              </Alert>
            ) : null}
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}
