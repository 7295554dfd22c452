import { Box, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { useEffect } from 'react';
import { Link, Title, useGetIdentity, usePermissions, useRedirect } from 'react-admin';
import { roleLabels } from '../labels';
import { can, type Permissions } from '../providers/authProvider';
import { IndicatorsDashboard } from './indicators/IndicatorsDashboard';
import { MyDay } from './my-day/MyDay';

const links: Array<{ permission: string; to: string; label: string; role?: string }> = [
  { permission: 'household.read', to: '/households', label: 'Foyers suivis' },
  { permission: 'household.write', to: '/households/create', label: 'Nouveau foyer' },
  { permission: 'audit.read', to: '/audit-events', label: 'Journal d’audit', role: 'manager' },
  { permission: 'organisation.manage', to: '/organisations', label: 'Organisations' },
  { permission: 'organisation.manage', to: '/referral-types', label: 'Types d’orientation' },
  { permission: 'user.manage', to: '/users', label: 'Utilisateurs' },
];

/**
 * Landing page. For caseworkers it is "Ma journée": today's tasks and the households most worth
 * contacting; managers and territory coordinators (admins) land on the indicators of their
 * organisation or territory; other roles see who they are and where they can go.
 */
export const Dashboard = () => {
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions<Permissions>();
  const redirect = useRedirect();
  const partner = permissions?.role === 'partner_agent';
  // A partner's home page is the inbox of the referrals addressed to their organisation.
  useEffect(() => {
    if (partner) redirect('list', 'referrals');
  }, [partner, redirect]);
  const indicators = can(permissions, 'stats.read');
  const myDay = !indicators && can(permissions, 'outreach.write');
  const available = links.filter((l) => can(permissions, l.permission) && (!l.role || l.role === permissions?.role));
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={indicators ? 'Tableau de bord' : myDay ? 'Ma journée' : 'Accueil'} />
      <Card>
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>
            Bonjour {identity?.fullName ?? ''}
          </Typography>
          <Typography color="text.secondary" gutterBottom>
            {permissions ? roleLabels[permissions.role] : ''}
            {identity?.organisation ? ` — ${String(identity.organisation)}` : ''}
          </Typography>
          {indicators ? (
            <IndicatorsDashboard territory={permissions?.role === 'admin'} />
          ) : myDay ? (
            <Box sx={{ mt: 2 }}>
              <MyDay />
            </Box>
          ) : available.length ? (
            <Stack direction="row" spacing={2} useFlexGap sx={{ mt: 2, flexWrap: 'wrap' }}>
              {available.map((l) => (
                <Button key={l.to} component={Link} to={l.to} variant="outlined">
                  {l.label}
                </Button>
              ))}
            </Stack>
          ) : (
            <Typography sx={{ mt: 2 }}>
              Votre rôle ne donne pas encore accès aux dossiers depuis le back-office. Les orientations vous
              parviendront ici.
            </Typography>
          )}
        </CardContent>
      </Card>
    </Box>
  );
};
