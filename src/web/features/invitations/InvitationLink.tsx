import { Alert, Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { CreatedInvitation } from './invitations.queries.js';

/** The link the server emailed; built from this page's address if the server gave none. */
export function invitationLink(invitation: Pick<CreatedInvitation, 'url' | 'token'>): string {
  if (/^https?:\/\//.test(invitation.url)) return invitation.url;
  return `${window.location.origin}/invite/${encodeURIComponent(invitation.token)}`;
}

/** Shows a new invitation's link with a copy button. */
export function InvitationLink({ invitation }: { invitation: CreatedInvitation }) {
  const intl = useIntl();
  const link = invitationLink(invitation);
  return (
    <Alert
      color="green"
      variant="light"
      title={intl.formatMessage({ id: 'invitations.created' }, { email: invitation.email })}
    >
      <Stack gap="xs">
        <Group gap="xs" wrap="nowrap">
          <TextInput
            readOnly
            value={link}
            dir="ltr"
            style={{ flex: 1 }}
            aria-label={intl.formatMessage({ id: 'invitations.link' })}
            data-testid="invite-link"
            onFocus={(e) => e.currentTarget.select()}
          />
          <CopyButton value={link}>
            {({ copied, copy }) => (
              <Button variant={copied ? 'filled' : 'default'} color={copied ? 'teal' : undefined} onClick={copy}>
                <FormattedMessage id={copied ? 'common.copied' : 'common.copy'} />
              </Button>
            )}
          </CopyButton>
        </Group>
        <Text size="sm">
          <FormattedMessage id="invitations.emailed" />
        </Text>
      </Stack>
    </Alert>
  );
}
