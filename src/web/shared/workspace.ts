import { useOutletContext } from 'react-router';
import type { Session, WorkspaceSummary } from '../api/index.js';

export interface WorkspaceContextValue {
  session: Session;
  workspace: WorkspaceSummary;
}

/** The signed-in session and the workspace of the current /w/:workspaceId page. */
export function useWorkspace(): WorkspaceContextValue {
  return useOutletContext<WorkspaceContextValue>();
}
