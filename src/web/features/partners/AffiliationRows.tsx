import { ActionIcon, Anchor, Group, Stack, Text, TextInput } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { PartnerPicker } from './PartnerPicker.js';
import type { PartnerInput, PartnerType } from './partners.types.js';

type Affiliations = PartnerInput['affiliations'];

interface Props {
  workspaceId: string;
  /** The type of the partner being edited: a person joins organisations and vice versa. */
  type: PartnerType;
  selfId?: string;
  affiliations: Affiliations;
  names: Record<string, string>;
  onChange: (affiliations: Affiliations, names?: Record<string, string>) => void;
  errors: Record<string, string>;
}

/** A person's organisations, or an organisation's people, each with a title. */
export function AffiliationRows({ workspaceId, type, selfId, affiliations, names, onChange, errors }: Props) {
  const intl = useIntl();
  const other: PartnerType = type === 'person' ? 'organization' : 'person';
  const heading = type === 'person' ? 'partner.organizations' : 'partner.people';
  const set = (index: number, title: string) =>
    onChange(affiliations.map((row, i) => (i === index ? { ...row, title } : row)));
  return (
    <Stack gap="xs" data-testid="affiliation-rows">
      <Text fw={500} size="sm">
        <FormattedMessage id={heading} />
      </Text>
      {affiliations.map((row, index) => (
        <Group key={row.partnerId} gap="xs" wrap="nowrap" align="flex-start">
          <Anchor component={Link} to={`/w/${workspaceId}/partners/${row.partnerId}`} size="sm" w={220} mt={6} truncate>
            {names[row.partnerId] ?? row.partnerId}
          </Anchor>
          <TextInput
            style={{ flex: 1 }}
            aria-label={intl.formatMessage({ id: 'partner.title' })}
            placeholder={intl.formatMessage({ id: 'partner.title' })}
            value={row.title}
            onChange={(e) => set(index, e.currentTarget.value)}
            error={errors[`affiliations.${index}.title`] ?? errors[`affiliations.${index}.partnerId`]}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mt={6}
            aria-label={intl.formatMessage({ id: 'common.removeRow' })}
            onClick={() => onChange(affiliations.filter((_, i) => i !== index))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <PartnerPicker
        workspaceId={workspaceId}
        type={other}
        label={intl.formatMessage({ id: type === 'person' ? 'partner.addOrganization' : 'partner.addPerson' })}
        exclude={[...(selfId ? [selfId] : []), ...affiliations.map((a) => a.partnerId)]}
        onPick={(hit) =>
          onChange([...affiliations, { partnerId: hit.id, title: '' }], { ...names, [hit.id]: hit.name })
        }
      />
    </Stack>
  );
}
