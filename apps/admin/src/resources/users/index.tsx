import PeopleIcon from '@mui/icons-material/GroupOutlined';
import { Create, Edit } from 'react-admin';
import { UserForm } from './UserForm';
import { UserList } from './UserList';

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
  list: UserList,
  create: UserCreate,
  edit: UserEdit,
  icon: PeopleIcon,
  recordRepresentation: 'displayName',
};
