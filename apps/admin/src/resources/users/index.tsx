import PeopleIcon from '@mui/icons-material/GroupOutlined';
import { Create, Edit } from 'react-admin';
import { lazyPage } from '../../components/lazy-page';
import { UserForm } from './UserForm';

export const UserCreate = () => (
  <Create title="Nouvel utilisateur" mutationMode="pessimistic" redirect="list">
    <UserForm isCreate />
  </Create>
);

export const UserEdit = () => (
  <Edit title="Modifier l’utilisateur" mutationMode="pessimistic" redirect="list">
    <UserForm />
  </Edit>
);

export const users = {
  list: lazyPage(() => import('./UserList'), 'UserList'),
  create: UserCreate,
  edit: UserEdit,
  icon: PeopleIcon,
  recordRepresentation: 'displayName',
};
