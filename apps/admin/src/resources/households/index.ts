import HomeIcon from '@mui/icons-material/HomeOutlined';
import { lazyPage } from '../../components/lazy-page';
import { householdName } from './types';

export const households = {
  list: lazyPage(() => import('./HouseholdList'), 'HouseholdList'),
  show: lazyPage(() => import('./HouseholdShow'), 'HouseholdShow'),
  edit: lazyPage(() => import('./HouseholdEdit'), 'HouseholdEdit'),
  create: lazyPage(() => import('./HouseholdCreate'), 'HouseholdCreate'),
  icon: HomeIcon,
  recordRepresentation: householdName,
};
