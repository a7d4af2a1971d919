import { Alert, Anchor, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link, useParams } from 'react-router';
import { canWrite, useWorkspace } from '../../shared/index.js';
import { ErrorAlert, PageLoader } from '../../components/index.js';
import { useFormat } from '../../i18n/index.js';
import { ContactList, PartnerActions, PartnerHeader, ProfileView, usePartner } from '../../features/partners/index.js';
import { PartnerRelationships } from '../../features/relationships/index.js';
import { PartnerTimeline } from '../../features/timeline/index.js';

const section = (titleId: string, body: ReactNode) => (
  <Paper withBorder p="md" radius="md">
    <Title order={3} size="h5" mb="sm">
      <FormattedMessage id={titleId} />
    </Title>
    {body}
  </Paper>
);

/** Everything about one partner. */
export function PartnerDetailPage() {
  const { workspace } = useWorkspace();
  const { partnerId } = useParams();
  const format = useFormat();
  const query = usePartner(workspace.id, partnerId);
  const partner = query.data;
  if (query.isPending) return <PageLoader />;
  if (!partner) return <ErrorAlert error={query.error} />;
  const by = (who: { name: string } | null, at: string) => `${who?.name ?? '—'} · ${format.dateTime(at)}`;

  return (
    <Stack maw={1100}>
      <Group justify="space-between" align="flex-start">
        <PartnerHeader partner={partner} />
        {canWrite(workspace.role) ? <PartnerActions workspaceId={workspace.id} partner={partner} /> : null}
      </Group>
      {partner.deletedAt ? (
        <Alert color="red" variant="light">
          <FormattedMessage id="partner.inTrash" />
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {section('partner.contacts', <ContactList contacts={partner.contacts} country={partner.country} />)}
        {section(
          partner.type === 'person' ? 'partner.organizations' : 'partner.people',
          partner.affiliations.length === 0 ? (
            <Text c="dimmed" size="sm">
              <FormattedMessage id="common.empty" />
            </Text>
          ) : (
            <List size="sm" spacing={4} data-testid="affiliations">
              {partner.affiliations.map((a) => (
                <List.Item key={a.partnerId}>
                  <Anchor component={Link} to={`/w/${workspace.id}/partners/${a.partnerId}`} size="sm">
                    {a.partnerName}
                  </Anchor>
                  {a.title ? (
                    <Text span size="sm" c="dimmed">
                      {' '}
                      — {a.title}
                    </Text>
                  ) : null}
                </List.Item>
              ))}
            </List>
          ),
        )}
      </SimpleGrid>
      {partner.deletedAt ? null : (
        <PartnerRelationships workspaceId={workspace.id} partnerId={partner.id} canStart={canWrite(workspace.role)} />
      )}
      {partner.deletedAt ? null : <PartnerTimeline workspaceId={workspace.id} partner={partner} />}
      {section('partner.section.profile', <ProfileView partner={partner} />)}
      <Group gap="xl">
        <Text size="xs" c="dimmed" data-testid="created-by">
          <FormattedMessage id="partner.created" values={{ who: by(partner.createdBy, partner.createdAt) }} />
        </Text>
        <Text size="xs" c="dimmed" data-testid="updated-by">
          <FormattedMessage id="partner.updated" values={{ who: by(partner.updatedBy, partner.updatedAt) }} />
        </Text>
      </Group>
    </Stack>
  );
}
