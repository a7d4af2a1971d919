import { useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { useMappedErrors } from '../../shared/index.js';
import type { SeriesInput } from './series.types.js';
import { missingEnd, seriesFormPath } from './seriesValues.js';

/**
 * Field errors of the series form: the server's (translated by rule, on the rows they came from)
 * and an end date or count left empty, which is checked before sending.
 */
export function useSeriesErrors(error: unknown) {
  const intl = useIntl();
  const [sent, setSent] = useState<SeriesInput | null>(null);
  const [missing, setMissing] = useState<'until' | 'count' | null>(null);
  const formPath = useMemo(() => (sent ? seriesFormPath(sent) : (path: string) => path), [sent]);
  const server = useMappedErrors(error, formPath);
  const fields = missing ? { [missing]: intl.formatMessage({ id: 'error.rule.required' }) } : server.fields;
  return {
    fields,
    message: missing ? null : server.message,
    /** Whether the input may be sent; remembers it to map the answer's errors. */
    check: (input: SeriesInput) => {
      const gap = missingEnd(input);
      setMissing(gap);
      if (!gap) setSent(input);
      return gap === null;
    },
  };
}
