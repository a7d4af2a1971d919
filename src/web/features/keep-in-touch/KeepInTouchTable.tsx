import { Table, Text, VisuallyHidden } from '@mantine/core';
import { Fragment } from 'react';
import { FormattedMessage } from 'react-intl';
import { groupByUrgency } from './grouping.js';
import type { KeepInTouchItem, KeepInTouchPage } from './keepInTouch.types.js';
import { KeepInTouchRow } from './KeepInTouchRow.js';
import { SUBTLE_SURFACE } from '../../components/index.js';

interface Props {
  workspaceId: string;
  items: KeepInTouchItem[];
  counts: KeepInTouchPage['counts'];
  showOwner: boolean;
  canWrite: boolean;
}

const HEADERS = [
  'relationship.partner',
  'relationship.field.tier',
  'relationship.lastContact',
  'keepInTouch.due',
  'health.title',
];

/** The list in one table, split into "Overdue" and "Due this week" with the API's counts for each. */
export function KeepInTouchTable({ workspaceId, items, counts, showOwner, canWrite }: Props) {
  const headers = showOwner ? [...HEADERS.slice(0, 2), 'relationship.field.ownerId', ...HEADERS.slice(2)] : HEADERS;
  const columns = headers.length + 1;
  return (
    <Table.ScrollContainer minWidth={showOwner ? 960 : 840}>
      <Table verticalSpacing="xs" highlightOnHover data-testid="keep-in-touch-table">
        <Table.Thead>
          <Table.Tr>
            {headers.map((id) => (
              <Table.Th key={id}>
                <FormattedMessage id={id} />
              </Table.Th>
            ))}
            <Table.Th>
              <VisuallyHidden>
                <FormattedMessage id="keepInTouch.actions" />
              </VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groupByUrgency(items).map((group) => (
            <Fragment key={group.key}>
              <Table.Tr data-testid={`keep-in-touch-group-${group.key}`}>
                <Table.Th colSpan={columns} bg={SUBTLE_SURFACE}>
                  <Text size="sm" fw={700} c={group.key === 'overdue' ? 'red' : undefined}>
                    <FormattedMessage
                      id={`keepInTouch.group.${group.key}`}
                      values={{ count: group.key === 'overdue' ? counts.overdue : counts.dueThisWeek }}
                    />
                  </Text>
                </Table.Th>
              </Table.Tr>
              {group.items.map((item) => (
                <KeepInTouchRow
                  key={item.relationshipId}
                  workspaceId={workspaceId}
                  item={item}
                  showOwner={showOwner}
                  canWrite={canWrite}
                />
              ))}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
