import { Button, Group, NumberInput, Paper, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert, notifySaved } from '../../components/index.js';
import { useErrorText } from '../../i18n/index.js';
import { useRetentionSettings, useSaveRetentionSettings } from './retention.queries.js';

/** Owners and admins set the least share of new-prospect work before the home page warns. */
export function RetentionSettingsForm({ workspaceId }: { workspaceId: string }) {
  const settings = useRetentionSettings(workspaceId);
  return (
    <Paper withBorder p="md" radius="md" data-testid="retention-settings">
      <Title order={3} size="h5" mb={4}>
        <FormattedMessage id="retention.settingsTitle" />
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        <FormattedMessage id="retention.settingsHelp" />
      </Text>
      <ErrorAlert error={settings.error} />
      {settings.data ? (
        <ThresholdForm
          key={settings.data.prospectShareMin}
          workspaceId={workspaceId}
          saved={settings.data.prospectShareMin}
        />
      ) : null}
    </Paper>
  );
}

function ThresholdForm({ workspaceId, saved }: { workspaceId: string; saved: number }) {
  const intl = useIntl();
  const save = useSaveRetentionSettings(workspaceId);
  const errors = useErrorText(save.error);
  const [value, setValue] = useState<number | ''>(saved);
  const fieldError = errors?.fields.prospectShareMin;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (value === '') return;
    save.mutate({ prospectShareMin: value }, { onSuccess: () => notifySaved(intl) });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Group align="flex-start">
        <NumberInput
          w={220}
          label={intl.formatMessage({ id: 'retention.threshold' })}
          value={value}
          suffix=" %"
          allowDecimal={false}
          error={fieldError}
          data-testid="retention-threshold"
          onChange={(v) => setValue(typeof v === 'number' ? v : '')}
        />
        <Button
          type="submit"
          mt={25}
          size="sm"
          loading={save.isPending}
          disabled={value === '' || value === saved}
          data-testid="retention-save"
        >
          <FormattedMessage id="common.save" />
        </Button>
      </Group>
      {errors && !fieldError ? <ErrorAlert error={save.error} /> : null}
    </form>
  );
}
