import { Route } from 'react-router-dom';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { AppLayout } from './components/AppLayout';
import { lazyPage } from './components/lazy-page';
import { legalRoutes } from './pages/legal';
import { queryClient } from './providers/query-client';
import { can, authProvider, ENROLMENT_PATH, type Permissions } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { i18nProvider } from './providers/i18n';
import { LoginPage } from './pages/LoginPage';
import { TwoFactorPage } from './pages/account/TwoFactorPage';
import { auditEvents } from './resources/audit-events';
import { campaigns } from './resources/campaigns';
import { detectedRights } from './resources/detected-rights';
import { failedReminders } from './resources/failed-reminders';
import { households } from './resources/households';
import { imports } from './resources/imports';
import { notifications, NotificationPreferencesPage, ReminderSettingsPage } from './resources/notifications';
import { organisations } from './resources/organisations';
import { referrals } from './resources/referrals';
import { referralTypes } from './resources/referrals/referral-types';
import { tasks } from './resources/tasks';
import { users } from './resources/users';
import { theme } from './theme';

// Managers' charts and the caseworkers' day: loaded after sign-in, not with the sign-in form.
const Dashboard = lazyPage(() => import('./pages/Dashboard'), 'Dashboard');

/**
 * Menus follow the role's permissions (from /api/auth/me) only for convenience: the API scopes
 * and refuses every request itself. Resources without screens stay declared so references
 * (referent, organisation, territory) still resolve.
 */
const resourcesFor = (p: Permissions | undefined) => [
  // Partners read households only through the referrals they receive: no casework menus.
  can(p, 'household.write') ? (
    <Resource key="households" name="households" {...households} />
  ) : (
    <Resource key="households" name="households" recordRepresentation={households.recordRepresentation} />
  ),
  can(p, 'outreach.write') ? (
    <Resource key="detected-rights" name="detected-rights" {...detectedRights} />
  ) : (
    <Resource key="detected-rights" name="detected-rights" />
  ),
  can(p, 'outreach.write') ? <Resource key="tasks" name="tasks" {...tasks} /> : <Resource key="tasks" name="tasks" />,
  can(p, 'campaign.read') ? (
    <Resource key="campaigns" name="campaigns" {...campaigns} create={can(p, 'campaign.write') ? campaigns.create : undefined} />
  ) : (
    <Resource key="campaigns" name="campaigns" />
  ),
  // Partner files: read by the casework roles, uploaded and mapped by those who write households.
  can(p, 'household.write') ? <Resource key="imports" name="imports" {...imports} /> : <Resource key="imports" name="imports" />,
  can(p, 'referral.read') ? <Resource key="referrals" name="referrals" {...referrals} /> : <Resource key="referrals" name="referrals" />,
  // Read by the household page (contacts timeline).
  <Resource key="contacts" name="contacts" />,
  can(p, 'organisation.manage') ? (
    <Resource key="organisations" name="organisations" {...organisations} />
  ) : (
    <Resource key="organisations" name="organisations" recordRepresentation="name" />
  ),
  can(p, 'organisation.manage') ? <Resource key="referral-types" name="referral-types" {...referralTypes} /> : <Resource key="referral-types" name="referral-types" />,
  can(p, 'user.manage') ? (
    <Resource key="users" name="users" {...users} />
  ) : (
    <Resource key="users" name="users" recordRepresentation="displayName" />
  ),
  // Social workers read the access history of their households, not the organisation's journal.
  can(p, 'audit.read') && p?.role === 'manager' ? (
    <Resource key="audit-events" name="audit-events" {...auditEvents} />
  ) : (
    <Resource key="audit-events" name="audit-events" />
  ),
  // Read by the household page (GET /api/households/:id/access-history).
  <Resource key="access-history" name="access-history" />,
  <Resource key="campaign-households" name="campaign-households" />,
  <Resource key="territories" name="territories" recordRepresentation="name" />,
  // Read by the referral dialog (directory) and the members' consent ledger.
  <Resource key="partners" name="partners" recordRepresentation="name" />,
  <Resource key="consents" name="consents" />,
  can(p, 'reminders.failed') ? <Resource key="failed-reminders" name="failed-reminders" {...failedReminders} /> : <Resource key="failed-reminders" name="failed-reminders" />,
  // Everyone has their own bell.
  <Resource key="notifications" name="notifications" {...notifications} />,
  <CustomRoutes key="notification-pages">
    <Route path="/preferences-notifications" element={<NotificationPreferencesPage />} />
    <Route path="/delais-de-relance" element={<ReminderSettingsPage />} />
  </CustomRoutes>,
];

export const App = () => (
  <Admin
    title="Recours"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    loginPage={LoginPage}
    dashboard={Dashboard}
    layout={AppLayout}
    theme={theme}
    queryClient={queryClient}
    requireAuth
    disableTelemetry
  >
    <CustomRoutes noLayout>{legalRoutes}</CustomRoutes>
    <CustomRoutes noLayout>
      <Route path={ENROLMENT_PATH} element={<TwoFactorPage />} />
    </CustomRoutes>
    {resourcesFor}
  </Admin>
);
