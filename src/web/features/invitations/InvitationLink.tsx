import { Alert, Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { CreatedInvitation } from './invitations.queries.js';

/** The link sent to the invitee, pointing at this server so it works where the app is opened. */
export function invitationLink(token: string): string {
  return `${window.location.origin}/invite/${encodeURIComponent(token)}`;
}

/** Shows a new invitation's link with a copy button. */
export function InvitationLink({ invitation }: { invitation: CreatedInvitation }) {
  const intl = useIntl();
  const link = invitationLink(invitation.token);
  return (
    <Alert color="green" variant="light" title={intl.formatMessage({ id: 'invitations.created' }, { email: invitation.email })}>
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
