import TaskIcon from '@mui/icons-material/TaskAltOutlined';
import { lazyPage } from '../../components/lazy-page';

export const tasks = {
  list: lazyPage(() => import('./TaskList'), 'TaskList'),
  create: lazyPage(() => import('./TaskCreate'), 'TaskCreate'),
  icon: TaskIcon,
  options: { label: 'Tâches' },
  recordRepresentation: 'title',
};
