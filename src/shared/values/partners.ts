/** The kinds of partner a workspace deals with; a partner may be several. */
export const KINDS = [
  'customer',
  'supplier',
  'manufacturer',
  'it_consultant',
  'auditor',
  'training',
  'distributor',
  'other',
] as const;
/** A partner is an organisation or a person. */
export const PARTNER_TYPES = ['organization', 'person'] as const;
/** The ways to reach a partner, one contact row each. */
export const CHANNELS = ['email', 'phone', 'address', 'website', 'messenger'] as const;
/** The orders of the partner list (`-` for descending). */
export const SORTS = ['name', '-name', 'created', '-created', 'updated', '-updated'] as const;
