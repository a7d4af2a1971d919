import { Button, Group, Paper, Select, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Role } from '../../api/index.js';
import { ErrorAlert, useFieldErrors } from '../../components/index.js';
import { assignableRoles } from '../../shared/index.js';
import { InvitationLink } from './InvitationLink.js';
import { useCreateInvitation } from './invitations.queries.js';

interface Props {
  workspaceId: string;
  callerRole: Role;
}

/** Invites someone by email and shows the link to pass on. */
export function InviteForm({ workspaceId, callerRole }: Props) {
  const intl = useIntl();
  const create = useCreateInvitation(workspaceId);
  const fieldError = useFieldErrors(create.error);
  const roles = assignableRoles(callerRole);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('member');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ email, role }, { onSuccess: () => setEmail('') });
  };

  return (
    <Paper withBorder p="md" radius="md" data-testid="invite-form">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={3} size="h4">
            <FormattedMessage id="invitations.new" />
          </Title>
          <ErrorAlert error={create.error} />
          <Group align="flex-start" grow>
            <TextInput
              label={intl.formatMessage({ id: 'field.email' })}
              type="email"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={fieldError('email')}
            />
            <Select
              label={intl.formatMessage({ id: 'members.role' })}
              data={roles.map((r) => ({ value: r, label: intl.formatMessage({ id: `role.${r}` }) }))}
              value={role}
              onChange={(value) => setRole(roles.find((r) => r === value) ?? 'member')}
              allowDeselect={false}
              error={fieldError('role')}
              comboboxProps={{ withinPortal: true }}
            />
          </Group>
          <Group justify="flex-end">
            <Button type="submit" loading={create.isPending}>
              <FormattedMessage id="invitations.send" />
            </Button>
          </Group>
          {create.data ? <InvitationLink invitation={create.data} /> : null}
        </Stack>
      </form>
    </Paper>
  );
}
