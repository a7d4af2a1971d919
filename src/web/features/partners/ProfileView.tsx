import { SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { type Partner, PROFILE_FIELDS } from './partners.types.js';

/** The profile texts that are filled in, and who decides purchases. */
export function ProfileView({ partner }: { partner: Partner }) {
  const filled = PROFILE_FIELDS.filter((field) => partner.profile[field].trim() !== '');
  return (
    <Stack data-testid="profile-view">
      {filled.length === 0 && partner.purchaseDeciders.length === 0 ? (
        <Text c="dimmed" size="sm">
          <FormattedMessage id="common.empty" />
        </Text>
      ) : null}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {filled.map((field) => (
          <Stack key={field} gap={2}>
            <Text size="sm" c="dimmed">
              <FormattedMessage id={`partner.profile.${field}`} />
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {partner.profile[field]}
            </Text>
          </Stack>
        ))}
      </SimpleGrid>
      {partner.purchaseDeciders.length > 0 ? (
        <Stack gap={4}>
          <Title order={4} size="h6">
            <FormattedMessage id="partner.purchaseDeciders" />
          </Title>
          <Table withTableBorder verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>
                  <FormattedMessage id="partner.decider.person" />
                </Table.Th>
                <Table.Th>
                  <FormattedMessage id="partner.decider.product" />
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {partner.purchaseDeciders.map((d, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{d.personName}</Table.Td>
                  <Table.Td>{d.product}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      ) : null}
    </Stack>
  );
}
