import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { homePath } from '../../shared/index.js';
import { ErrorAlert, PasswordField, PublicLayout, useFieldErrors } from '../../components/index.js';
import { type SetupInput, useRunSetup } from './setup.queries.js';

/** First run: creates the first workspace and its owner. */
export function SetupPage() {
  const intl = useIntl();
  const navigate = useNavigate();
  const setup = useRunSetup();
  const fieldError = useFieldErrors(setup.error);
  const [form, setForm] = useState<SetupInput>({ workspaceName: '', name: '', email: '', password: '' });
  const bind = (key: keyof SetupInput) => ({
    value: form[key],
    onChange: (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      setForm((current) => ({ ...current, [key]: value }));
    },
    error: fieldError(key),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setup.mutate(form, { onSuccess: (session) => void navigate(homePath(session), { replace: true }) });
  };

  return (
    <PublicLayout titleId="setup.title">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            <FormattedMessage id="setup.intro" />
          </Text>
          <ErrorAlert error={setup.error} />
          <TextInput
            label={intl.formatMessage({ id: 'setup.workspaceName' })}
            withAsterisk
            autoFocus
            {...bind('workspaceName')}
          />
          <TextInput
            label={intl.formatMessage({ id: 'field.name' })}
            withAsterisk
            autoComplete="name"
            {...bind('name')}
          />
          <TextInput
            label={intl.formatMessage({ id: 'field.email' })}
            withAsterisk
            type="email"
            autoComplete="email"
            {...bind('email')}
          />
          <PasswordField
            label={intl.formatMessage({ id: 'field.password' })}
            description={intl.formatMessage({ id: 'field.passwordHint' }, { minimum: 10 })}
            withAsterisk
            autoComplete="new-password"
            {...bind('password')}
          />
          <Button type="submit" loading={setup.isPending}>
            <FormattedMessage id="setup.submit" />
          </Button>
        </Stack>
      </form>
    </PublicLayout>
  );
}
