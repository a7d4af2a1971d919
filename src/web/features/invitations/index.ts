// The public entry of features/invitations: other modules import only this file (layers.js).
export { AcceptInvitationPage } from './AcceptInvitationPage.js';
export { InvitationsPage } from './InvitationsPage.js';
