import { Button, Group, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { DateOrder } from '../../../shared/values/imports.js';
import { ErrorAlert } from '../../components/index.js';
import { useLocale } from '../../i18n/index.js';
import { FIELDS_OF, type ImportUpload, type Mapping } from './imports.types.js';
import { useStartImport } from './imports.queries.js';
import { datesToSettle, defaultDateOrder } from './dates.js';
import { ImportDateOrder } from './ImportDateOrder.js';
import { encodingOf, ImportEncoding } from './ImportEncoding.js';

interface Props {
  workspaceId: string;
  upload: ImportUpload;
  onReread: (upload: ImportUpload) => void;
  onStarted: (id: string) => void;
  onCancel: () => void;
}

/**
 * Step 2: which field each column fills (fixed for vCard), with a preview of the first rows; the
 * encoding of a file that is not UTF-8, and the order of dates the file leaves open, are asked here.
 */
export function ImportMapping({ workspaceId, upload, onReread, onStarted, onCancel }: Props) {
  const intl = useIntl();
  const { locale } = useLocale();
  const start = useStartImport(workspaceId);
  const [mapping, setMapping] = useState<Mapping>(upload.suggestedMapping);
  const [dateOrder, setDateOrder] = useState<DateOrder>(defaultDateOrder(locale));
  const dates = datesToSettle(upload, mapping);
  const readOnly = upload.format === 'vcard';
  const allowed = FIELDS_OF[upload.target ?? 'partners'];
  const fields = allowed.map((f) => ({ value: f, label: intl.formatMessage({ id: `import.field.${f}` }) }));

  return (
    <Paper withBorder p="md" radius="md" data-testid="import-mapping">
      <Stack>
        <ImportEncoding workspaceId={workspaceId} upload={upload} onReread={onReread} />
        <Text size="sm">
          <FormattedMessage id="import.rows" values={{ count: upload.rowCount }} />
        </Text>
        <Table.ScrollContainer minWidth={600}>
          <Table withTableBorder withColumnBorders data-testid="import-preview">
            <Table.Thead>
              <Table.Tr>
                {upload.columns.map((column) => (
                  <Table.Th key={column} miw={160}>
                    <Stack gap={4}>
                      <Text size="sm" fw={600}>
                        {column}
                      </Text>
                      <Select
                        size="xs"
                        aria-label={intl.formatMessage({ id: 'import.mapColumn' }, { column })}
                        data={fields}
                        value={mapping[column] ?? null}
                        placeholder={intl.formatMessage({ id: 'import.skip' })}
                        clearable
                        disabled={readOnly}
                        comboboxProps={{ withinPortal: true }}
                        onChange={(v) =>
                          setMapping((old) => ({
                            ...old,
                            [column]: (allowed.find((f) => f === v) as Mapping[string] | undefined) ?? null,
                          }))
                        }
                      />
                    </Stack>
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {upload.preview.map((row, i) => (
                <Table.Tr key={i}>
                  {upload.columns.map((column, j) => (
                    <Table.Td key={column}>
                      {/* A cell reads in its own direction: "2:00 PM" stays in order on a Persian page. */}
                      <Text size="sm" dir="auto">
                        {row[j] ?? ''}
                      </Text>
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <ImportDateOrder open={dates.open} mixed={dates.mixed} value={dateOrder} onChange={setDateOrder} />
        <ErrorAlert error={start.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            <FormattedMessage id="common.cancel" />
          </Button>
          <Button
            loading={start.isPending}
            disabled={dates.mixed.length > 0}
            onClick={() =>
              start.mutate(
                {
                  id: upload.id,
                  mapping,
                  // Sent only when asked: what the file settles needs no answer.
                  ...(dates.open.length ? { dateOrder } : {}),
                  ...encodingOf(upload),
                },
                { onSuccess: (job) => onStarted(job.id) },
              )
            }
          >
            <FormattedMessage id="import.start" />
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
