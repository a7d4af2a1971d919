import { Anchor, Button, Checkbox, Stack, Table, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/index.js';
import { phoneText } from './contactLinks.js';
import { KindBadges } from './KindBadges.js';
import type { PartnerSummary } from './partners.types.js';
import { TagBadges } from './TagBadges.js';
import { TypeLabel } from './TypeLabel.js';

interface Props {
  workspaceId: string;
  partner: PartnerSummary;
  selected: boolean;
  onSelect: (id: string, selected: boolean) => void;
  onRestore?: (partner: PartnerSummary) => void;
}

/** One partner in the list. */
export function PartnerRow({ workspaceId, partner, selected, onSelect, onRestore }: Props) {
  const intl = useIntl();
  const format = useFormat();
  return (
    <Table.Tr data-testid="partner-row" bg={selected ? 'var(--mantine-color-blue-light)' : undefined}>
      <Table.Td>
        <Checkbox
          aria-label={intl.formatMessage({ id: 'partners.select' }, { name: partner.name })}
          checked={selected}
          onChange={(e) => onSelect(partner.id, e.currentTarget.checked)}
        />
      </Table.Td>
      <Table.Td>
        <Anchor component={Link} to={`/w/${workspaceId}/partners/${partner.id}`} fw={500} size="sm">
          <bdi>{partner.name}</bdi>
        </Anchor>
      </Table.Td>
      <Table.Td>
        <TypeLabel type={partner.type} />
      </Table.Td>
      <Table.Td>
        <KindBadges kinds={partner.kinds} />
      </Table.Td>
      <Table.Td>
        <TagBadges tags={partner.tags} />
      </Table.Td>
      <Table.Td>
        <Text size="sm">{partner.owner?.name ?? ''}</Text>
      </Table.Td>
      <Table.Td>
        <Stack gap={0} align="flex-start">
          {partner.email ? (
            <Text size="sm" dir="ltr" span>
              {partner.email}
            </Text>
          ) : null}
          {partner.phone ? (
            <Text size="sm" dir="ltr" span c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {phoneText(partner.phone, partner.country)}
            </Text>
          ) : null}
        </Stack>
      </Table.Td>
      <Table.Td>
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {format.date(partner.updatedAt)}
        </Text>
      </Table.Td>
      {onRestore ? (
        <Table.Td>
          <Button size="compact-xs" variant="light" onClick={() => onRestore(partner)}>
            <FormattedMessage id="partners.restore" />
          </Button>
        </Table.Td>
      ) : null}
    </Table.Tr>
  );
}
