import RightsIcon from '@mui/icons-material/SavingsOutlined';
import { lazyPage } from '../../components/lazy-page';

export const detectedRights = {
  list: lazyPage(() => import('./DetectedRightList'), 'DetectedRightList'),
  icon: RightsIcon,
  options: { label: 'Droits détectés' },
  recordRepresentation: (r: { benefit?: string; householdReference?: string }) => `${r.benefit ?? ''} ${r.householdReference ?? ''}`,
};
