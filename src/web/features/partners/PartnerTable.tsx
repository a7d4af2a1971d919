import { Checkbox, Table } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { EmptyRow, type EmptyState } from '../../components/index.js';
import { PartnerRow } from './PartnerRow.js';
import type { PartnerSummary } from './partners.types.js';

interface Props {
  workspaceId: string;
  items: PartnerSummary[];
  selected: Set<string>;
  onSelectionChange: (selected: Set<string>) => void;
  onRestore?: (partner: PartnerSummary) => void;
  /** What the list says when it has no rows. */
  empty?: EmptyState;
}

const COLUMNS = [
  'partner.name',
  'partner.type',
  'partner.kinds',
  'partner.tags',
  'partner.owner',
  'partners.contact',
  'partners.updated',
];

/** The partner list with a selection checkbox per row. */
export function PartnerTable({ workspaceId, items, selected, onSelectionChange, onRestore, empty }: Props) {
  const intl = useIntl();
  const all = items.length > 0 && items.every((p) => selected.has(p.id));
  const some = items.some((p) => selected.has(p.id));
  const select = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    onSelectionChange(next);
  };
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table highlightOnHover verticalSpacing="xs" data-testid="partners-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <Checkbox
                aria-label={intl.formatMessage({ id: 'partners.selectAll' })}
                checked={all}
                indeterminate={some && !all}
                onChange={() => onSelectionChange(all ? new Set() : new Set(items.map((p) => p.id)))}
              />
            </Table.Th>
            {COLUMNS.map((id) => (
              <Table.Th key={id}>
                <FormattedMessage id={id} />
              </Table.Th>
            ))}
            {onRestore ? <Table.Th /> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.length === 0 ? <EmptyRow colSpan={COLUMNS.length + (onRestore ? 2 : 1)} {...empty} /> : null}
          {items.map((partner) => (
            <PartnerRow
              key={partner.id}
              workspaceId={workspaceId}
              partner={partner}
              selected={selected.has(partner.id)}
              onSelect={select}
              onRestore={onRestore}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
