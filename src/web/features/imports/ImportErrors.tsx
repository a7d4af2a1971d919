import { Table } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useFormat } from '../../i18n/index.js';
import type { ImportRowError, ImportTarget } from './imports.types.js';

/**
 * The rows that were not imported, with the line and the reason in the user's language where known:
 * the target's own wording of a rule first (a partner "not found" in a file of past interactions),
 * else the rule's general sentence, else the server's words.
 */
export function ImportErrors({ errors, target = 'partners' }: { errors: ImportRowError[]; target?: ImportTarget }) {
  const intl = useIntl();
  const format = useFormat();
  const known = (id: string) => Object.prototype.hasOwnProperty.call(intl.messages, id);
  const reason = (e: ImportRowError) => {
    const id = [`import.rule.${target}.${e.rule ?? ''}`, `error.rule.${e.rule ?? ''}`].find(
      (candidate) => e.rule && known(candidate),
    );
    // A sentence that needs a number the row did not bring falls back to the server's words.
    const needs = (name: string) => String(intl.messages[id ?? ''] ?? '').includes(`{${name}`);
    if (!id || ['minimum', 'maximum'].some((n) => needs(n) && e.params?.[n] === undefined)) return e.message;
    return intl.formatMessage({ id }, e.params);
  };
  const fieldName = (name: string | null) => {
    if (!name) return '';
    const id = `import.field.${name}`;
    return known(id) ? intl.formatMessage({ id }) : name;
  };
  // The file's own column beside the field it was mapped to, where they differ.
  const field = (e: ImportRowError) => {
    const name = fieldName(e.field);
    const same = (a: string | null) => a !== null && a.toLocaleLowerCase() === e.column?.toLocaleLowerCase();
    if (!e.column || same(e.field) || same(name)) return name || e.column || '';
    return intl.formatMessage({ id: 'import.columnOf' }, { field: name, column: e.column });
  };
  return (
    <Table withTableBorder data-testid="import-errors">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>
            <FormattedMessage id="import.line" />
          </Table.Th>
          <Table.Th>
            <FormattedMessage id="import.fieldColumn" />
          </Table.Th>
          <Table.Th>
            <FormattedMessage id="import.reason" />
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {errors.map((e, i) => (
          <Table.Tr key={i} data-testid="import-error-row">
            <Table.Td>{format.number(e.line)}</Table.Td>
            <Table.Td>{field(e)}</Table.Td>
            <Table.Td>
              {reason(e)}
              {e.value !== undefined && (
                <>
                  {' '}
                  <bdi>{intl.formatMessage({ id: 'import.valueQuoted' }, { value: e.value })}</bdi>
                </>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
