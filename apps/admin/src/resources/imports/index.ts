import ImportIcon from '@mui/icons-material/UploadFileOutlined';
import { lazyPage } from '../../components/lazy-page';

export const imports = {
  list: lazyPage(() => import('./ImportList'), 'ImportList'),
  create: lazyPage(() => import('./ImportUpload'), 'ImportUpload'),
  show: lazyPage(() => import('./ImportShow'), 'ImportShow'),
  icon: ImportIcon,
  options: { label: 'Imports' },
  recordRepresentation: 'fileName',
};
