import HomeIcon from '@mui/icons-material/HomeOutlined';
import { HouseholdCreate } from './HouseholdCreate';
import { HouseholdEdit } from './HouseholdEdit';
import { HouseholdList } from './HouseholdList';
import { HouseholdShow } from './HouseholdShow';
import { householdName } from './types';

export const households = {
  list: HouseholdList,
  show: HouseholdShow,
  edit: HouseholdEdit,
  create: HouseholdCreate,
  icon: HomeIcon,
  recordRepresentation: householdName,
};
