import ForwardIcon from '@mui/icons-material/ForwardToInboxOutlined';
import { lazyPage } from '../../components/lazy-page';

export const referrals = {
  list: lazyPage(() => import('./ReferralList'), 'ReferralList'),
  show: lazyPage(() => import('./ReferralShow'), 'ReferralShow'),
  icon: ForwardIcon,
  recordRepresentation: 'householdReference',
};
