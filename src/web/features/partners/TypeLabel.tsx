import { Badge } from '@mantine/core';
import { useIntl } from 'react-intl';
import type { PartnerType } from './partners.types.js';

// Plain symbols: no icon font is loaded.
const SYMBOL: Record<PartnerType, string> = { organization: '🏢', person: '👤' };

/** Organisation or person, with a symbol. */
export function TypeLabel({ type, compact = false }: { type: PartnerType; compact?: boolean }) {
  const intl = useIntl();
  const label = intl.formatMessage({ id: `partner.type.${type}` });
  return (
    <Badge variant="light" color={type === 'person' ? 'teal' : 'indigo'} size="sm" title={label} leftSection={SYMBOL[type]}>
      {compact ? null : label}
    </Badge>
  );
}
