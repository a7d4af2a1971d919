import { Loader, Stack, Table, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { EmptyRow, ErrorAlert, schemeText } from '../../components/index.js';
import { useFormat } from '../../i18n/index.js';
import { AssessmentForm } from './AssessmentForm.js';
import { OneSidedBadge } from './Badges.js';
import { useValueAssessments } from './relationships.queries.js';
import { LOW_SCORE } from './ValueSummary.js';

interface Props {
  workspaceId: string;
  relationshipId: string;
  canEdit: boolean;
}

function Answer({ score, note }: { score: number; note: string | null }) {
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600} c={score <= LOW_SCORE ? schemeText('orange') : undefined}>
        <FormattedMessage id="relationship.score" values={{ score }} />
      </Text>
      {note ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {note}
        </Text>
      ) : null}
    </Stack>
  );
}

/** The form for a new assessment and every earlier one, newest first. */
export function AssessmentsTab({ workspaceId, relationshipId, canEdit }: Props) {
  const format = useFormat();
  const list = useValueAssessments(workspaceId, relationshipId);
  const items = list.data ?? [];
  return (
    <Stack>
      {canEdit ? <AssessmentForm workspaceId={workspaceId} relationshipId={relationshipId} /> : null}
      <ErrorAlert error={list.error} />
      {list.isPending ? (
        <Loader size="sm" />
      ) : (
        <Table.ScrollContainer minWidth={700}>
          <Table verticalSpacing="sm" data-testid="assessments">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>
                  <FormattedMessage id="value.assessedOnLabel" />
                </Table.Th>
                <Table.Th>
                  <FormattedMessage id="value.canWeHelp" />
                </Table.Th>
                <Table.Th>
                  <FormattedMessage id="value.canTheyHelp" />
                </Table.Th>
                <Table.Th>
                  <FormattedMessage id="value.assessedBy" />
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.length === 0 ? <EmptyRow colSpan={4} /> : null}
              {items.map((a) => (
                <Table.Tr key={a.id} data-testid="assessment-row">
                  <Table.Td>
                    <Stack gap={4} align="flex-start">
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                        {format.day(a.assessedOn)}
                      </Text>
                      {a.canWeHelp <= LOW_SCORE || a.canTheyHelp <= LOW_SCORE ? <OneSidedBadge size="xs" /> : null}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Answer score={a.canWeHelp} note={a.canWeHelpNote} />
                  </Table.Td>
                  <Table.Td>
                    <Answer score={a.canTheyHelp} note={a.canTheyHelpNote} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{a.assessedBy?.name ?? '—'}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
