import { Button, Select, Table, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Role } from '../../api/index.js';
import { notifyError, notifySaved, RoleLabel } from '../../components/index.js';
import { useFormat } from '../../i18n/index.js';
import { type Member, useChangeRole } from './members.queries.js';
import { assignableRoles, canManageMember } from '../../shared/index.js';

interface Props {
  workspaceId: string;
  member: Member;
  callerRole: Role;
  isSelf: boolean;
  onRemove: (member: Member) => void;
}

/** One member; managers get a role picker and a remove button. */
export function MemberRow({ workspaceId, member, callerRole, isSelf, onRemove }: Props) {
  const intl = useIntl();
  const format = useFormat();
  const change = useChangeRole(workspaceId);
  const manageable = canManageMember(callerRole, member.role);
  const roles = assignableRoles(callerRole);
  const options = (roles.includes(member.role) ? roles : [member.role, ...roles]).map((role) => ({
    value: role,
    label: intl.formatMessage({ id: `role.${role}` }),
  }));

  const changeRole = (value: string | null) => {
    const role = roles.find((r) => r === value);
    if (!role || role === member.role) return;
    change.mutate(
      { member, role },
      {
        onSuccess: () => notifySaved(intl),
        onError: (error) => notifyError(intl, error),
      },
    );
  };

  return (
    <Table.Tr data-testid="member-row">
      <Table.Td>
        <Text size="sm" fw={500}>
          <bdi>{member.name}</bdi>{' '}
          {isSelf ? (
            <Text span c="dimmed" size="xs" ms={6}>
              <FormattedMessage id="members.you" />
            </Text>
          ) : null}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" dir="ltr" span>
          {member.email}
        </Text>
      </Table.Td>
      <Table.Td>
        {manageable ? (
          <Select
            size="xs"
            w={140}
            data={options}
            value={member.role}
            onChange={changeRole}
            allowDeselect={false}
            disabled={change.isPending}
            aria-label={intl.formatMessage({ id: 'members.role' })}
            comboboxProps={{ withinPortal: true }}
          />
        ) : (
          <RoleLabel role={member.role} />
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm" data-testid="joined-at">
          {format.date(member.joinedAt)}
        </Text>
      </Table.Td>
      <Table.Td>
        {manageable && !isSelf ? (
          <Button size="compact-xs" color="red" variant="subtle" onClick={() => onRemove(member)}>
            <FormattedMessage id="members.remove" />
          </Button>
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
}
