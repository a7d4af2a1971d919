import { Anchor, Stack, Table, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { contactHref, phoneText } from './contactLinks.js';
import type { Contact } from './partners.types.js';

/**
 * Contacts as links: mailto:, tel:, and websites opened without handing over this page. Phones
 * are shown in the national form of the partner's country and in international form otherwise.
 */
export function ContactList({ contacts, country }: { contacts: Contact[]; country: string | null }) {
  if (contacts.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        <FormattedMessage id="common.empty" />
      </Text>
    );
  }
  return (
    <Table data-testid="contact-list" verticalSpacing={4}>
      <Table.Tbody>
        {contacts.map((contact, index) => {
          const href = contactHref(contact.channel, contact.value);
          const web = contact.channel === 'website';
          return (
            <Table.Tr key={contact.id ?? index}>
              <Table.Td w={160}>
                <Stack gap={0}>
                  <Text size="sm" c="dimmed">
                    <FormattedMessage id={`partner.channel.${contact.channel}`} />
                  </Text>
                  {contact.label ? (
                    <Text size="xs" c="dimmed">
                      {contact.label}
                    </Text>
                  ) : null}
                </Stack>
              </Table.Td>
              <Table.Td>
                {href ? (
                  <Anchor
                    href={href}
                    size="sm"
                    dir="ltr"
                    {...(web ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
                  >
                    {contact.channel === 'phone' ? phoneText(contact.value, country) : contact.value}
                  </Anchor>
                ) : (
                  <Text
                    size="sm"
                    style={{ whiteSpace: 'pre-wrap' }}
                    dir={contact.channel === 'messenger' ? 'ltr' : undefined}
                  >
                    {contact.value}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
