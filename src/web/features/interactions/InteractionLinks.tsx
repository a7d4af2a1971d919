import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import type { Interaction } from './interactions.types.js';

const list = (items: ReactNode[]) =>
  items.length ? (
    <Group gap="xs" wrap="wrap">
      {items}
    </Group>
  ) : (
    <Text size="sm" c="dimmed">
      —
    </Text>
  );

const labelled = (labelId: string, body: ReactNode) => (
  <Stack gap={2}>
    <Text size="xs" c="dimmed" fw={600}>
      <FormattedMessage id={labelId} />
    </Text>
    {body}
  </Stack>
);

/** What the interaction concerns (partners, relationships) and who took part on each side. */
export function InteractionLinks({
  workspaceId,
  interaction: i,
}: {
  workspaceId: string;
  interaction: Pick<Interaction, 'partners' | 'relationships' | 'members' | 'people'>;
}) {
  const root = `/w/${workspaceId}`;
  const link = (to: string, text: string, key: string) => (
    <Anchor key={key} component={Link} to={to} size="sm">
      {text}
    </Anchor>
  );
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Paper withBorder p="md" radius="md" data-testid="interaction-concerns">
        <Title order={3} size="h5" mb="sm">
          <FormattedMessage id="interaction.section.concerns" />
        </Title>
        <Stack gap="sm">
          {labelled(
            'interaction.field.partners',
            list(i.partners.map((p) => link(`${root}/partners/${p.id}`, p.name, p.id))),
          )}
          {labelled(
            'interaction.field.relationships',
            list(
              i.relationships.map((r) =>
                link(
                  `${root}/relationships/${r.id}`,
                  r.purpose ? `${r.partnerName} — ${r.purpose}` : r.partnerName,
                  r.id,
                ),
              ),
            ),
          )}
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md" data-testid="interaction-participants">
        <Title order={3} size="h5" mb="sm">
          <FormattedMessage id="interaction.section.participants" />
        </Title>
        <Stack gap="sm">
          {labelled(
            'interaction.field.members',
            list(
              i.members.map((m) => (
                <Text key={m.id} size="sm">
                  <bdi>{m.name}</bdi>
                </Text>
              )),
            ),
          )}
          {labelled(
            'interaction.field.people',
            list(i.people.map((p) => link(`${root}/partners/${p.id}`, p.name, p.id))),
          )}
        </Stack>
      </Paper>
    </SimpleGrid>
  );
}
