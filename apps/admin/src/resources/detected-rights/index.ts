import RightsIcon from '@mui/icons-material/SavingsOutlined';
import { DetectedRightList } from './DetectedRightList';

export const detectedRights = {
  list: DetectedRightList,
  icon: RightsIcon,
  options: { label: 'Droits détectés' },
  recordRepresentation: (r: { benefit?: string; householdReference?: string }) => `${r.benefit ?? ''} ${r.householdReference ?? ''}`,
};
