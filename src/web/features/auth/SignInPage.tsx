import { Anchor, Button, Group, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { homePath, useSession } from '../../shared/index.js';
import { ErrorAlert, PageLoader, PasswordField, PublicLayout, useFieldErrors } from '../../components/index.js';
import { useSignIn } from './auth.queries.js';

/** Only same-site paths are followed after sign-in. */
function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : null;
}

/** Email and password sign-in. */
export function SignInPage() {
  const intl = useIntl();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const session = useSession();
  const signIn = useSignIn();
  const fieldError = useFieldErrors(signIn.error);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  if (session.isPending) return <PageLoader />;
  if (session.data && !signIn.isPending) return <Navigate to={next ?? homePath(session.data)} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate(
      { email, password },
      { onSuccess: (data) => void navigate(next ?? homePath(data), { replace: true }) },
    );
  };

  return (
    <PublicLayout titleId="signIn.title">
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert error={signIn.error} />
          <TextInput
            label={intl.formatMessage({ id: 'field.email' })}
            type="email"
            autoComplete="email"
            autoFocus
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={fieldError('email')}
          />
          <PasswordField
            label={intl.formatMessage({ id: 'field.password' })}
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={fieldError('password')}
          />
          <Group justify="space-between">
            <Anchor component={Link} to="/forgot-password" size="sm">
              <FormattedMessage id="signIn.forgot" />
            </Anchor>
            <Button type="submit" loading={signIn.isPending}>
              <FormattedMessage id="signIn.submit" />
            </Button>
          </Group>
        </Stack>
      </form>
    </PublicLayout>
  );
}
