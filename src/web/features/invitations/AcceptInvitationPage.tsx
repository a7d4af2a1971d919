import { Alert, Anchor, Button, List, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate, useParams } from 'react-router';
import { homePath, useSession } from '../../shared/index.js';
import { ErrorAlert, PageLoader, PasswordField, PublicLayout, useFieldErrors } from '../../components/index.js';
import { useFormat } from '../../i18n/index.js';
import { useAcceptInvitation, useInvitationPreview } from './invitations.queries.js';

/** Opens an invitation link: create an account, sign in, or just join. */
export function AcceptInvitationPage() {
  const { token = '' } = useParams();
  const intl = useIntl();
  const format = useFormat();
  const navigate = useNavigate();
  const session = useSession();
  const preview = useInvitationPreview(token);
  const accept = useAcceptInvitation(token);
  const fieldError = useFieldErrors(accept.error);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');

  if (preview.isPending || session.isPending) return <PageLoader />;
  if (preview.isError) {
    return (
      <PublicLayout titleId="invite.title">
        <Stack>
          <ErrorAlert error={preview.error} />
          <Anchor component={Link} to="/sign-in">
            <FormattedMessage id="common.backToSignIn" />
          </Anchor>
        </Stack>
      </PublicLayout>
    );
  }

  const invitation = preview.data;
  const signedIn = Boolean(session.data);
  const joinOnly = invitation.accountExists && signedIn;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = joinOnly ? undefined : invitation.accountExists ? { password } : { name, password };
    accept.mutate(body, { onSuccess: (data) => void navigate(homePath(data), { replace: true }) });
  };

  return (
    <PublicLayout titleId="invite.title">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text>
            <FormattedMessage
              id="invite.intro"
              values={{
                workspace: invitation.workspaceName,
                role: intl.formatMessage({ id: `role.${invitation.role}` }),
              }}
            />
          </Text>
          <List size="sm" c="dimmed">
            <List.Item>
              <FormattedMessage id="invite.email" values={{ email: invitation.email }} />
            </List.Item>
            <List.Item>
              <FormattedMessage id="invite.expires" values={{ date: format.dateTime(invitation.expiresAt) }} />
            </List.Item>
          </List>
          <ErrorAlert error={accept.error} />
          {invitation.accountExists && !signedIn ? (
            <Alert variant="light">
              <FormattedMessage id="invite.existingAccount" />
            </Alert>
          ) : null}
          {!invitation.accountExists ? (
            <TextInput
              label={intl.formatMessage({ id: 'field.name' })}
              autoComplete="name"
              autoFocus
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={fieldError('name')}
            />
          ) : null}
          {!joinOnly ? (
            <PasswordField
              label={intl.formatMessage({ id: 'field.password' })}
              description={
                invitation.accountExists ? undefined : intl.formatMessage({ id: 'field.passwordHint' }, { minimum: 10 })
              }
              autoComplete={invitation.accountExists ? 'current-password' : 'new-password'}
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={fieldError('password')}
            />
          ) : null}
          <Button type="submit" loading={accept.isPending}>
            <FormattedMessage
              id={joinOnly ? 'invite.join' : invitation.accountExists ? 'invite.signInAndJoin' : 'invite.createAndJoin'}
            />
          </Button>
        </Stack>
      </form>
    </PublicLayout>
  );
}
