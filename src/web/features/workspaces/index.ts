// The public entry of features/workspaces: other modules import only this file (layers.js).
export { NewWorkspaceModal } from './NewWorkspaceModal.js';
export { WorkspaceSwitcher } from './WorkspaceSwitcher.js';
