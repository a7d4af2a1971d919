// The public entry of features/members: other modules import only this file (layers.js).
export { useMembers } from './members.queries.js';
export { MembersPage } from './MembersPage.js';
