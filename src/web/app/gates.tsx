import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorAlert, PageLoader } from '../components/index.js';
import { useSetupStatus } from '../features/setup/index.js';
import { useSession } from '../shared/index.js';

/** Sends every page to /setup until the first workspace exists, and away from it after. */
export function SetupGate() {
  const { pathname } = useLocation();
  const setup = useSetupStatus();
  if (setup.isPending) return <PageLoader />;
  if (setup.isError) return <ErrorAlert error={setup.error} />;
  const onSetup = pathname === '/setup';
  if (setup.data.needed && !onSetup) return <Navigate to="/setup" replace />;
  if (!setup.data.needed && onSetup) return <Navigate to="/" replace />;
  return <Outlet />;
}

/** Pages below need a signed-in user; others go to sign-in and come back. */
export function RequireSession() {
  const location = useLocation();
  const session = useSession();
  if (session.isPending) return <PageLoader />;
  if (session.isError) return <ErrorAlert error={session.error} />;
  if (!session.data) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  return <Outlet />;
}
