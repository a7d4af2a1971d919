/** A member's role in a workspace, most powerful first. The server checks them; the web offers them. */
export const ROLES = ['owner', 'admin', 'member', 'viewer'] as const;
export type Role = (typeof ROLES)[number];
