import { Paper } from '@mantine/core';
import { useIntl } from 'react-intl';
import type { Partner } from '../partners/index.js';
import { usePartnerRelationships } from '../relationships/index.js';
import { Timeline } from './Timeline.js';

/** The partner page's timeline; history rows name which of its relationships they are about. */
export function PartnerTimeline({ workspaceId, partner }: { workspaceId: string; partner: Partner }) {
  const intl = useIntl();
  const relationships = usePartnerRelationships(workspaceId, partner.id);
  const label = (id: string) =>
    relationships.data?.find((r) => r.id === id)?.purpose || intl.formatMessage({ id: 'timeline.relationship' });
  return (
    <Paper withBorder p="md" radius="md">
      <Timeline
        workspaceId={workspaceId}
        scope={{ type: 'partner', id: partner.id }}
        partnerId={partner.id}
        prefill={{ partners: [{ id: partner.id, name: partner.name, type: partner.type }] }}
        relationshipLabel={label}
      />
    </Paper>
  );
}
