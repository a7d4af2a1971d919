import { Badge } from '@mantine/core';
import { useIntl } from 'react-intl';
import type { PartnerType } from './partners.types.js';

// Inline outlines: no icon font or emoji font is needed.
function TypeIcon({ type }: { type: PartnerType }) {
  const common = {
    width: 12,
    height: 12,
    viewBox: '0 0 24 24',
    fill: 'none',
    stroke: 'currentColor',
    strokeWidth: 2,
    'aria-hidden': true,
  } as const;
  return type === 'person' ? (
    <svg {...common}>
      <circle cx="12" cy="8" r="4" />
      <path d="M4 21c0-4 4-6 8-6s8 2 8 6" />
    </svg>
  ) : (
    <svg {...common}>
      <rect x="4" y="3" width="16" height="18" rx="1" />
      <path d="M9 7h2M13 7h2M9 11h2M13 11h2M10 21v-4h4v4" />
    </svg>
  );
}

/** Organisation or person, with a small outline icon. */
export function TypeLabel({ type }: { type: PartnerType }) {
  const intl = useIntl();
  return (
    <Badge
      variant="light"
      color={type === 'person' ? 'teal' : 'indigo'}
      size="sm"
      leftSection={<TypeIcon type={type} />}
    >
      {intl.formatMessage({ id: `partner.type.${type}` })}
    </Badge>
  );
}
