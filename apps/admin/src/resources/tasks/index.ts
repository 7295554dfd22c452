import TaskIcon from '@mui/icons-material/TaskAltOutlined';
import { TaskCreate } from './TaskCreate';
import { TaskList } from './TaskList';

export const tasks = { list: TaskList, create: TaskCreate, icon: TaskIcon, options: { label: 'Tâches' }, recordRepresentation: 'title' };
