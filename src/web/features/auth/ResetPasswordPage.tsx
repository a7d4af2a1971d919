import { Alert, Anchor, Button, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert, PasswordField, PublicLayout, useFieldErrors } from '../../components/index.js';
import { useConfirmReset } from './auth.queries.js';

/** Sets a new password with the token from the reset email. */
export function ResetPasswordPage() {
  const intl = useIntl();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const confirm = useConfirmReset();
  const fieldError = useFieldErrors(confirm.error);
  const [password, setPassword] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    confirm.mutate({ token, password });
  };

  return (
    <PublicLayout titleId="reset.title">
      {confirm.isSuccess ? (
        <Stack>
          <Alert color="green" variant="light">
            <FormattedMessage id="reset.done" />
          </Alert>
          <Anchor component={Link} to="/sign-in">
            <FormattedMessage id="common.backToSignIn" />
          </Anchor>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            {token ? null : (
              <Alert color="red" variant="light">
                <FormattedMessage id="error.code.reset_token_invalid" />
              </Alert>
            )}
            <ErrorAlert error={confirm.error} />
            <PasswordField
              label={intl.formatMessage({ id: 'reset.newPassword' })}
              description={intl.formatMessage({ id: 'field.passwordHint' }, { minimum: 10 })}
              autoComplete="new-password"
              autoFocus
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={fieldError('password')}
            />
            <Button type="submit" loading={confirm.isPending} disabled={!token}>
              <FormattedMessage id="reset.submit" />
            </Button>
            <Anchor component={Link} to="/forgot-password" size="sm">
              <FormattedMessage id="reset.requestAgain" />
            </Anchor>
          </Stack>
        </form>
      )}
    </PublicLayout>
  );
}
