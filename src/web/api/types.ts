export type Locale = 'en' | 'vi' | 'ru' | 'fa';
export type Role = 'owner' | 'admin' | 'member' | 'viewer';

export interface User {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  timeZone: string;
}

export interface WorkspaceSummary {
  id: string;
  name: string;
  role: Role;
}

export interface Session {
  user: User;
  workspaces: WorkspaceSummary[];
  currentWorkspaceId: string | null;
  csrfToken: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface FieldProblem {
  path: string;
  message: string;
  rule?: string;
  params?: Record<string, unknown>;
}

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  code?: string;
  detail?: string;
  errors?: FieldProblem[];
  requestId?: string;
}
