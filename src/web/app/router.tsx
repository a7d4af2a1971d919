import { createBrowserRouter } from 'react-router';
import { AuditLogPage } from '../features/audit/AuditLogPage.js';
import { ForgotPasswordPage } from '../features/auth/ForgotPasswordPage.js';
import { ResetPasswordPage } from '../features/auth/ResetPasswordPage.js';
import { SignInPage } from '../features/auth/SignInPage.js';
import { HomePage } from '../features/home/HomePage.js';
import { AcceptInvitationPage } from '../features/invitations/AcceptInvitationPage.js';
import { InvitationsPage } from '../features/invitations/InvitationsPage.js';
import { InteractionPage } from '../features/interactions/InteractionPage.js';
import { MembersPage } from '../features/members/MembersPage.js';
import { OutboxPage } from '../features/outbox/OutboxPage.js';
import { EditPartnerPage } from '../features/partners/EditPartnerPage.js';
import { NewPartnerPage } from '../features/partners/NewPartnerPage.js';
import { PartnerDetailPage } from '../features/partners/PartnerDetailPage.js';
import { PartnersPage } from '../features/partners/PartnersPage.js';
import { ImportPage } from '../features/imports/ImportPage.js';
import { TagsPage } from '../features/tags/TagsPage.js';
import { EditRelationshipPage } from '../features/relationships/EditRelationshipPage.js';
import { NewRelationshipPage } from '../features/relationships/NewRelationshipPage.js';
import { RelationshipPage } from '../features/relationships/RelationshipPage.js';
import { RelationshipSettingsPage } from '../features/relationships/RelationshipSettingsPage.js';
import { RelationshipsPage } from '../features/relationships/RelationshipsPage.js';
import { SetupPage } from '../features/setup/SetupPage.js';
import { MyTasksPage } from '../features/tasks/MyTasksPage.js';
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
        lazy: () => import('../features/reminders/UnsubscribePage.js').then((m) => ({ Component: m.UnsubscribePage })),
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
                  import('../features/interactions/EditInteractionPage.js').then((m) => ({
                    Component: m.EditInteractionPage,
                  })),
              },
              { path: 'tasks', element: <MyTasksPage /> },
              {
                path: 'keep-in-touch',
                lazy: () =>
                  import('../features/keep-in-touch/KeepInTouchPage.js').then((m) => ({
                    Component: m.KeepInTouchPage,
                  })),
              },
              // The calendar and recurring meetings (series form, pickers) are loaded when first opened.
              {
                path: 'calendar',
                lazy: () => import('../features/calendar/CalendarPage.js').then((m) => ({ Component: m.CalendarPage })),
              },
              {
                path: 'calendar/series',
                lazy: () =>
                  import('../features/series/SeriesListPage.js').then((m) => ({ Component: m.SeriesListPage })),
              },
              {
                path: 'calendar/series/:seriesId',
                lazy: () => import('../features/series/SeriesPage.js').then((m) => ({ Component: m.SeriesPage })),
              },
              // The board brings drag and drop and virtual lists: loaded when first opened.
              {
                path: 'pipeline',
                lazy: () => import('../features/pipeline/BoardPage.js').then((m) => ({ Component: m.BoardPage })),
              },
              {
                path: 'pipeline/analytics',
                lazy: () =>
                  import('../features/pipeline/AnalyticsPage.js').then((m) => ({ Component: m.AnalyticsPage })),
              },
              { path: 'settings/tags', element: <TagsPage /> },
              { path: 'settings/relationships', element: <RelationshipSettingsPage /> },
              { path: 'settings/members', element: <MembersPage /> },
              { path: 'settings/invitations', element: <InvitationsPage /> },
              { path: 'settings/audit-log', element: <AuditLogPage /> },
              { path: 'settings/outbox', element: <OutboxPage /> },
              {
                path: 'settings/reminders',
                lazy: () =>
                  import('../features/reminders/RemindersPage.js').then((m) => ({ Component: m.RemindersPage })),
              },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
