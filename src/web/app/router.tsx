import { createBrowserRouter } from 'react-router';
import { AuditLogPage } from '../features/audit/index.js';
import { ForgotPasswordPage, ResetPasswordPage, SignInPage } from '../features/auth/index.js';
import { loadCalendarPage } from '../features/calendar/index.js';
import { HomePage } from '../features/home/index.js';
import { AcceptInvitationPage, InvitationsPage } from '../features/invitations/index.js';
import { loadEditInteractionPage } from '../features/interactions/index.js';
import { loadKeepInTouchPage } from '../features/keep-in-touch/index.js';
import { InteractionPage } from './pages/InteractionPage.js';
import { MembersPage } from '../features/members/index.js';
import { OutboxPage } from '../features/outbox/index.js';
import { EditPartnerPage, NewPartnerPage, PartnersPage } from '../features/partners/index.js';
import { PartnerDetailPage } from './pages/PartnerDetailPage.js';
import { loadAnalyticsPage, loadBoardPage } from '../features/pipeline/index.js';
import { ImportPage } from '../features/imports/index.js';
import { TagsPage } from '../features/tags/index.js';
import {
  EditRelationshipPage,
  NewRelationshipPage,
  RelationshipSettingsPage,
  RelationshipsPage,
} from '../features/relationships/index.js';
import { RelationshipPage } from './pages/RelationshipPage.js';
import { loadRemindersPage, loadUnsubscribePage } from '../features/reminders/index.js';
import { SetupPage } from '../features/setup/index.js';
import { MyTasksPage } from '../features/tasks/index.js';
import { AppLayout } from './AppLayout.js';
import { RequireSession, SetupGate } from './gates.js';
import { NotFoundPage } from './NotFoundPage.js';
import { StartPage } from './StartPage.js';

export const router = createBrowserRouter([
  {
    element: <SetupGate />,
    children: [
      { path: '/setup', element: <SetupPage /> },
      { path: '/sign-in', element: <SignInPage /> },
      { path: '/forgot-password', element: <ForgotPasswordPage /> },
      { path: '/reset-password', element: <ResetPasswordPage /> },
      { path: '/invite/:token', element: <AcceptInvitationPage /> },
      // Opened from a reminder email without signing in; rarely visited, so loaded on demand.
      {
        path: '/unsubscribe',
        lazy: () => loadUnsubscribePage().then((m) => ({ Component: m.UnsubscribePage })),
      },
      {
        element: <RequireSession />,
        children: [
          { path: '/', element: <StartPage /> },
          {
            path: '/w/:workspaceId',
            element: <AppLayout />,
            children: [
              { index: true, element: <HomePage /> },
              { path: 'partners', element: <PartnersPage /> },
              { path: 'partners/new', element: <NewPartnerPage /> },
              { path: 'partners/import', element: <ImportPage key="partners" /> },
              { path: 'partners/:partnerId', element: <PartnerDetailPage /> },
              { path: 'partners/:partnerId/edit', element: <EditPartnerPage /> },
              { path: 'relationships', element: <RelationshipsPage /> },
              { path: 'relationships/new', element: <NewRelationshipPage /> },
              { path: 'relationships/:relationshipId', element: <RelationshipPage /> },
              { path: 'relationships/:relationshipId/edit', element: <EditRelationshipPage /> },
              { path: 'interactions/import', element: <ImportPage key="interactions" target="interactions" /> },
              { path: 'interactions/:interactionId', element: <InteractionPage /> },
              // The interaction form is loaded with the dialog or this page, whichever comes first.
              {
                path: 'interactions/:interactionId/edit',
                lazy: () =>
                  loadEditInteractionPage().then((m) => ({
                    Component: m.EditInteractionPage,
                  })),
              },
              { path: 'tasks', element: <MyTasksPage /> },
              {
                path: 'keep-in-touch',
                lazy: () =>
                  loadKeepInTouchPage().then((m) => ({
                    Component: m.KeepInTouchPage,
                  })),
              },
              // The calendar and recurring meetings (series form, pickers) are loaded when first opened.
              {
                path: 'calendar',
                lazy: () => loadCalendarPage().then((m) => ({ Component: m.CalendarPage })),
              },
              // Only these routes and the calendar reach recurring meetings,
              // so their whole public entry is loaded lazily.
              {
                path: 'calendar/series',
                lazy: () => import('../features/series/index.js').then((m) => ({ Component: m.SeriesListPage })),
              },
              {
                path: 'calendar/series/:seriesId',
                lazy: () => import('../features/series/index.js').then((m) => ({ Component: m.SeriesPage })),
              },
              // The board brings drag and drop and virtual lists: loaded when first opened.
              {
                path: 'pipeline',
                lazy: () => loadBoardPage().then((m) => ({ Component: m.BoardPage })),
              },
              {
                path: 'pipeline/analytics',
                lazy: () => loadAnalyticsPage().then((m) => ({ Component: m.AnalyticsPage })),
              },
              { path: 'settings/tags', element: <TagsPage /> },
              { path: 'settings/relationships', element: <RelationshipSettingsPage /> },
              { path: 'settings/members', element: <MembersPage /> },
              { path: 'settings/invitations', element: <InvitationsPage /> },
              { path: 'settings/audit-log', element: <AuditLogPage /> },
              { path: 'settings/outbox', element: <OutboxPage /> },
              {
                path: 'settings/reminders',
                lazy: () => loadRemindersPage().then((m) => ({ Component: m.RemindersPage })),
              },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
