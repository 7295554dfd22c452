import TaskIcon from '@mui/icons-material/TaskAltOutlined';
import { TaskList } from './TaskList';

export const tasks = { list: TaskList, icon: TaskIcon, options: { label: 'Tâches' }, recordRepresentation: 'title' };
