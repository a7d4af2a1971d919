import { List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { RichHtml } from '../../components/index.js';
import type { Interaction } from './interactions.types.js';

const empty = (
  <Text size="sm" c="dimmed">
    <FormattedMessage id="common.empty" />
  </Text>
);

const section = (titleId: string, testId: string, body: ReactNode) => (
  <Paper withBorder p="md" radius="md" data-testid={testId}>
    <Title order={3} size="h5" mb="sm">
      <FormattedMessage id={titleId} />
    </Title>
    {body}
  </Paper>
);

interface Props {
  interaction: Interaction;
  /** The action items' panel: they are tasks, which the tasks feature shows and creates. */
  actionItems: ReactNode;
}

/** A meeting: the agenda prepared before, and the minutes, decisions and action items that came out of it. */
export function MeetingView({ interaction: i, actionItems }: Props) {
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {section(
          'interaction.section.agenda',
          'agenda',
          i.agenda.length ? (
            <List type="ordered" size="sm" spacing={4}>
              {i.agenda.map((item) => (
                <List.Item key={item.id}>
                  <bdi>{item.title}</bdi>
                  {item.notes ? (
                    <Text span size="sm" c="dimmed">
                      {' '}
                      — {item.notes}
                    </Text>
                  ) : null}
                </List.Item>
              ))}
            </List>
          ) : (
            empty
          ),
        )}
        {section(
          'interaction.field.decisions',
          'decisions',
          i.decisions.length ? (
            <List size="sm" spacing={4}>
              {i.decisions.map((d) => (
                <List.Item key={d.id} style={{ whiteSpace: 'pre-wrap' }}>
                  {d.text}
                </List.Item>
              ))}
            </List>
          ) : (
            empty
          ),
        )}
      </SimpleGrid>
      {section('interaction.field.minutes', 'minutes', i.minutes ? <RichHtml html={i.minutes} /> : empty)}
      {section('interaction.field.actionItems', 'action-items-section', actionItems)}
    </Stack>
  );
}
