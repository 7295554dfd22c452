import { Admin, Resource } from 'react-admin';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { i18nProvider } from './providers/i18n';
import { LoginPage } from './pages/LoginPage';
import { auditEvents } from './resources/audit-events';
import { households } from './resources/households';
import { organisations } from './resources/organisations';
import { users } from './resources/users';
import { theme } from './theme';
import type { Role } from './labels';

const canAudit = (role: Role | undefined) => role === 'manager' || role === 'admin';

/**
 * Menus follow the role only for convenience: the API scopes and refuses every request itself.
 * Resources without a list stay declared so references (referent, organisation) still resolve.
 */
export const App = () => (
  <Admin
    title="Recours"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    loginPage={LoginPage}
    theme={theme}
    requireAuth
    disableTelemetry
  >
    {(role: Role | undefined) => [
      <Resource key="households" name="households" {...households} />,
      role === 'admin' ? (
        <Resource key="organisations" name="organisations" {...organisations} />
      ) : (
        <Resource key="organisations" name="organisations" recordRepresentation="name" />
      ),
      role === 'admin' ? (
        <Resource key="users" name="users" {...users} />
      ) : (
        <Resource key="users" name="users" recordRepresentation="displayName" />
      ),
      canAudit(role) ? <Resource key="audit-events" name="audit-events" {...auditEvents} /> : null,
      <Resource key="territories" name="territories" recordRepresentation="name" />,
      <Resource key="access-history" name="access-history" />,
    ]}
  </Admin>
);
