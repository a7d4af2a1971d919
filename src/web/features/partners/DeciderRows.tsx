import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { PurchaseDecider } from './partners.types.js';

interface Props {
  deciders: PurchaseDecider[];
  onChange: (deciders: PurchaseDecider[]) => void;
  errors: Record<string, string>;
}

/** Who decides purchases, per product or service. */
export function DeciderRows({ deciders, onChange, errors }: Props) {
  const intl = useIntl();
  const set = (index: number, change: Partial<PurchaseDecider>) =>
    onChange(deciders.map((row, i) => (i === index ? { ...row, ...change } : row)));
  return (
    <Stack gap="xs" data-testid="decider-rows">
      <Text fw={500} size="sm">
        <FormattedMessage id="partner.purchaseDeciders" />
      </Text>
      {deciders.map((row, index) => (
        <Group key={index} align="flex-start" gap="xs" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            aria-label={intl.formatMessage({ id: 'partner.decider.person' })}
            placeholder={intl.formatMessage({ id: 'partner.decider.person' })}
            value={row.personName}
            onChange={(e) => set(index, { personName: e.currentTarget.value })}
            error={errors[`purchaseDeciders.${index}.personName`]}
          />
          <TextInput
            style={{ flex: 1 }}
            aria-label={intl.formatMessage({ id: 'partner.decider.product' })}
            placeholder={intl.formatMessage({ id: 'partner.decider.product' })}
            value={row.product}
            onChange={(e) => set(index, { product: e.currentTarget.value })}
            error={errors[`purchaseDeciders.${index}.product`]}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mt={6}
            aria-label={intl.formatMessage({ id: 'common.removeRow' })}
            onClick={() => onChange(deciders.filter((_, i) => i !== index))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => onChange([...deciders, { personName: '', product: '' }])}
        >
          <FormattedMessage id="partner.addDecider" />
        </Button>
      </Group>
    </Stack>
  );
}
