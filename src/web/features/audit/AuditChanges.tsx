import { List, Spoiler, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Detail } from './sentence.js';

/** Values this long are folded behind "Show more", so one note cannot fill the page. */
const LONG = 160;

/**
 * Each changed field with its value before and after (only after, for a new record). <bdi>
 * isolates each value, so the arrow follows the page direction whatever script the values are in.
 */
export function AuditChanges({ details }: { details: Detail[] }) {
  const intl = useIntl();
  if (details.length === 0) return null;
  return (
    <List size="sm" spacing={2} listStyleType="none" withPadding={false} data-testid="audit-details">
      {details.map((d) => (
        <List.Item key={d.field} style={{ overflowWrap: 'anywhere' }}>
          <Spoiler
            maxHeight={d.before.length + d.after.length > LONG ? 60 : 1000}
            showLabel={intl.formatMessage({ id: 'audit.showMore' })}
            hideLabel={intl.formatMessage({ id: 'audit.showLess' })}
          >
            <Text size="sm" span c="dimmed">
              <FormattedMessage id="audit.detailLabel" values={{ label: d.label }} />
            </Text>{' '}
            <Text size="sm" span>
              {d.before === '—' ? (
                <bdi>{d.after}</bdi>
              ) : (
                <FormattedMessage
                  id="audit.change"
                  values={{ before: <bdi>{d.before}</bdi>, after: <bdi>{d.after}</bdi> }}
                />
              )}
            </Text>
          </Spoiler>
        </List.Item>
      ))}
    </List>
  );
}
