import ImportIcon from '@mui/icons-material/UploadFileOutlined';
import { ImportList } from './ImportList';
import { ImportShow } from './ImportShow';
import { ImportUpload } from './ImportUpload';

export const imports = {
  list: ImportList,
  create: ImportUpload,
  show: ImportShow,
  icon: ImportIcon,
  options: { label: 'Imports' },
  recordRepresentation: 'fileName',
};
