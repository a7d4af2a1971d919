import { useLocation } from 'react-router';
import { usePartner } from '../partners/index.js';
import { useRelationship } from '../relationships/index.js';
import { useInteraction } from './interactions.queries.js';
import type { InteractionPrefill } from './interactions.types.js';
import { pageContext } from './shortcut.js';

/**
 * What the open page says the interaction is about: its partner, its relationship (and partner), or
 * the links of the interaction shown (a follow-up). Read from the cache the page itself filled.
 */
export function usePagePrefill(workspaceId: string): InteractionPrefill {
  const page = pageContext(useLocation().pathname);
  const partner = usePartner(workspaceId, page?.type === 'partner' ? page.id : undefined).data;
  const relationship = useRelationship(workspaceId, page?.type === 'relationship' ? page.id : undefined).data;
  const interaction = useInteraction(workspaceId, page?.type === 'interaction' ? page.id : undefined).data;
  if (page?.type === 'partner' && partner && !partner.deletedAt) {
    return { partners: [{ id: partner.id, name: partner.name, type: partner.type }] };
  }
  if (page?.type === 'relationship' && relationship && !relationship.deletedAt) {
    const { partner: p } = relationship;
    return {
      partners: [{ id: p.id, name: p.name, type: p.type }],
      relationships: [
        {
          id: relationship.id,
          partnerId: p.id,
          partnerName: p.name,
          purpose: relationship.purpose,
          partnerType: p.type,
        },
      ],
    };
  }
  if (page?.type === 'interaction' && interaction && !interaction.deletedAt) {
    return { partners: interaction.partners, relationships: interaction.relationships };
  }
  return {};
}
