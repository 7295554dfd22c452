import CampaignIcon from '@mui/icons-material/CampaignOutlined';
import { lazyPage } from '../../components/lazy-page';

export const campaigns = {
  list: lazyPage(() => import('./CampaignList'), 'CampaignList'),
  create: lazyPage(() => import('./CampaignCreate'), 'CampaignCreate'),
  show: lazyPage(() => import('./CampaignShow'), 'CampaignShow'),
  icon: CampaignIcon,
  options: { label: 'Campagnes' },
  recordRepresentation: 'name',
};
