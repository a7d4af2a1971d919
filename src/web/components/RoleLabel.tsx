import { Badge } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { Role } from '../api/index.js';

const COLORS: Record<Role, string> = { owner: 'grape', admin: 'blue', member: 'teal', viewer: 'gray' };

/** A role name in the user's language. */
export function RoleLabel({ role }: { role: Role }) {
  return (
    <Badge color={COLORS[role]} variant="light">
      <FormattedMessage id={`role.${role}`} />
    </Badge>
  );
}
