import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { ErrorAlert, PublicLayout, useFieldErrors } from '../../components/index.js';
import { useRequestReset } from './auth.queries.js';

/** Asks for a reset link; the answer never says whether the account exists. */
export function ForgotPasswordPage() {
  const intl = useIntl();
  const request = useRequestReset();
  const fieldError = useFieldErrors(request.error);
  const [email, setEmail] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    request.mutate({ email });
  };

  return (
    <PublicLayout titleId="forgot.title">
      {request.isSuccess ? (
        <Stack>
          <Alert color="green" variant="light" data-testid="reset-sent">
            <FormattedMessage id="forgot.sent" />
          </Alert>
          <Anchor component={Link} to="/sign-in" size="sm">
            <FormattedMessage id="common.backToSignIn" />
          </Anchor>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm" c="dimmed">
              <FormattedMessage id="forgot.intro" />
            </Text>
            <ErrorAlert error={request.error} />
            <TextInput
              label={intl.formatMessage({ id: 'field.email' })}
              type="email"
              autoComplete="email"
              autoFocus
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={fieldError('email')}
            />
            <Button type="submit" loading={request.isPending}>
              <FormattedMessage id="forgot.submit" />
            </Button>
            <Anchor component={Link} to="/sign-in" size="sm">
              <FormattedMessage id="common.backToSignIn" />
            </Anchor>
          </Stack>
        </form>
      )}
    </PublicLayout>
  );
}
