import ForwardIcon from '@mui/icons-material/ForwardToInboxOutlined';
import { ReferralList } from './ReferralList';
import { ReferralShow } from './ReferralShow';

export const referrals = {
  list: ReferralList,
  show: ReferralShow,
  icon: ForwardIcon,
  recordRepresentation: 'householdReference',
};
