import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { STAGES, STATUSES, TIERS } from '../../../shared/values/relationships.js';

/** Select options for stages, tiers and statuses in the user's language. */
export function useRelationshipOptions() {
  const intl = useIntl();
  return useMemo(() => {
    const of = (prefix: string, values: readonly string[]) =>
      values.map((value) => ({ value, label: intl.formatMessage({ id: `${prefix}.${value}` }) }));
    return {
      stages: of('relationship.stage', STAGES),
      tiers: of('relationship.tier', TIERS),
      statuses: of('relationship.status', STATUSES),
    };
  }, [intl]);
}

export const TEAM_ROLES = ['finance', 'productDevelopment', 'marketing', 'customerService'] as const;
