import CampaignIcon from '@mui/icons-material/CampaignOutlined';
import { CampaignCreate } from './CampaignCreate';
import { CampaignList } from './CampaignList';
import { CampaignShow } from './CampaignShow';

export const campaigns = {
  list: CampaignList,
  create: CampaignCreate,
  show: CampaignShow,
  icon: CampaignIcon,
  options: { label: 'Campagnes' },
  recordRepresentation: 'name',
};
