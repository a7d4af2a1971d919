import { Button, Group, NumberInput, Paper, Table, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert, notifySaved } from '../../components/index.js';
import { useErrorText } from '../../i18n/index.js';
import { TierBadge } from './Badges.js';
import { useSaveTiers } from './relationships.queries.js';
import type { RelationshipSettings } from './relationships.types.js';

/** Days between contacts for each tier; a relationship's own cadence overrides them. */
export function TierCadenceForm({ workspaceId, tiers }: { workspaceId: string; tiers: RelationshipSettings['tiers'] }) {
  const intl = useIntl();
  const save = useSaveTiers(workspaceId);
  const errors = useErrorText(save.error);
  const [values, setValues] = useState<Record<string, number | ''>>(() =>
    Object.fromEntries(tiers.map((t) => [t.tier, t.cadenceDays])),
  );
  const changed = tiers.some((t) => values[t.tier] !== t.cadenceDays);
  const complete = tiers.every((t) => typeof values[t.tier] === 'number');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!complete) return;
    save.mutate(
      tiers.map((t) => ({ tier: t.tier, cadenceDays: values[t.tier] as number })),
      { onSuccess: () => notifySaved(intl) },
    );
  };

  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={submit} noValidate data-testid="tier-cadences">
        <Title order={3} size="h5" mb={4}>
          <FormattedMessage id="settings.tiers" />
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          <FormattedMessage id="settings.tiersHelp" />
        </Text>
        <Table verticalSpacing="xs">
          <Table.Tbody>
            {tiers.map((t, i) => (
              <Table.Tr key={t.tier}>
                <Table.Td>
                  <TierBadge tier={t.tier} size="md" />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    w={140}
                    min={1}
                    max={3650}
                    allowDecimal={false}
                    allowNegative={false}
                    value={values[t.tier] ?? ''}
                    aria-label={intl.formatMessage(
                      { id: 'settings.cadenceOf' },
                      { tier: intl.formatMessage({ id: `relationship.tier.${t.tier}` }) },
                    )}
                    suffix={` ${intl.formatMessage({ id: 'settings.daysUnit' })}`}
                    error={errors?.fields[`tiers.${i}.cadenceDays`]}
                    onChange={(v) => setValues((old) => ({ ...old, [t.tier]: typeof v === 'number' ? v : '' }))}
                  />
                </Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    <Text size="xs" c="dimmed">
                      <FormattedMessage id="settings.defaultDays" values={{ days: t.defaultCadenceDays }} />
                    </Text>
                    {values[t.tier] !== t.defaultCadenceDays ? (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        onClick={() => setValues((old) => ({ ...old, [t.tier]: t.defaultCadenceDays }))}
                      >
                        <FormattedMessage id="settings.useDefault" />
                      </Button>
                    ) : null}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {errors && Object.keys(errors.fields).length === 0 ? <ErrorAlert error={save.error} /> : null}
        <Group justify="flex-end" mt="sm">
          <Button type="submit" size="xs" loading={save.isPending} disabled={!changed || !complete}>
            <FormattedMessage id="common.save" />
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
