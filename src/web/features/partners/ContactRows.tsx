import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useEnumOptions } from './options.js';
import type { Channel, PartnerInput } from './partners.types.js';
import { CHANNELS } from '../../../shared/values/partners.js';

type Contacts = PartnerInput['contacts'];

interface Props {
  contacts: Contacts;
  onChange: (contacts: Contacts) => void;
  errors: Record<string, string>;
}

const INPUT_TYPE: Record<Channel, string> = {
  email: 'email',
  phone: 'tel',
  address: 'text',
  website: 'url',
  messenger: 'text',
};

/** Contact channels: several of each, with a label. */
export function ContactRows({ contacts, onChange, errors }: Props) {
  const intl = useIntl();
  const { channels } = useEnumOptions();
  const set = (index: number, change: Partial<Contacts[number]>) =>
    onChange(contacts.map((row, i) => (i === index ? { ...row, ...change } : row)));

  return (
    <Stack gap="xs" data-testid="contact-rows">
      <Text fw={500} size="sm">
        <FormattedMessage id="partner.contacts" />
      </Text>
      {contacts.map((row, index) => (
        <Group key={index} align="flex-start" gap="xs" wrap="nowrap" data-testid="contact-row">
          <Select
            w={140}
            aria-label={intl.formatMessage({ id: 'partner.channel' })}
            data={channels}
            value={row.channel}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            onChange={(v) => set(index, { channel: CHANNELS.find((c) => c === v) ?? row.channel })}
            error={errors[`contacts.${index}.channel`]}
          />
          <TextInput
            w={140}
            aria-label={intl.formatMessage({ id: 'partner.contactLabel' })}
            placeholder={intl.formatMessage({ id: 'partner.contactLabel' })}
            value={row.label}
            onChange={(e) => set(index, { label: e.currentTarget.value })}
            error={errors[`contacts.${index}.label`]}
          />
          <TextInput
            style={{ flex: 1 }}
            type={INPUT_TYPE[row.channel]}
            dir={row.channel === 'address' ? undefined : 'ltr'}
            aria-label={intl.formatMessage({ id: `partner.channel.${row.channel}` })}
            placeholder={intl.formatMessage({ id: `partner.channel.${row.channel}` })}
            value={row.value}
            onChange={(e) => set(index, { value: e.currentTarget.value })}
            error={errors[`contacts.${index}.value`] ?? errors[`contacts.${index}`]}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mt={6}
            aria-label={intl.formatMessage({ id: 'common.removeRow' })}
            onClick={() => onChange(contacts.filter((_, i) => i !== index))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => onChange([...contacts, { channel: 'email', label: '', value: '' }])}
        >
          <FormattedMessage id="partner.addContact" />
        </Button>
      </Group>
    </Stack>
  );
}
