import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { DIRECTIONS, INTERACTION_KINDS, SENTIMENTS } from '../../../shared/values/interactions.js';

/** Select options for kinds, directions and sentiments in the user's language. */
export function useInteractionOptions() {
  const intl = useIntl();
  return useMemo(() => {
    const of = (prefix: string, values: readonly string[]) =>
      values.map((value) => ({ value, label: intl.formatMessage({ id: `${prefix}.${value}` }) }));
    return {
      kinds: of('interaction.kind', INTERACTION_KINDS),
      directions: of('interaction.direction', DIRECTIONS),
      sentiments: of('interaction.sentiment', SENTIMENTS),
    };
  }, [intl]);
}
