import { Box } from '@mui/material';
import type { ImportRowError } from './types';

/** Row-level errors: line of the file, field, value read, reason in French. */
export const ErrorTable = ({ errors, caption, testId }: { errors: ImportRowError[]; caption: string; testId: string }) => (
  <Box sx={{ overflowX: 'auto', maxWidth: '100%' }} tabIndex={0} role="region" aria-label={caption}>
    <Box
      component="table"
      data-testid={testId}
      sx={{ borderCollapse: 'collapse', fontSize: 14, width: '100%', '& th, & td': { borderBottom: 1, borderColor: 'divider', px: 1, py: 0.5, textAlign: 'left', verticalAlign: 'top' } }}
    >
      <caption style={{ textAlign: 'left', captionSide: 'top', fontWeight: 600 }}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Ligne</th>
          <th scope="col">Champ</th>
          <th scope="col">Valeur lue</th>
          <th scope="col">Erreur</th>
        </tr>
      </thead>
      <tbody>
        {errors.map((e, i) => (
          <tr key={`${e.line}-${e.field ?? ''}-${i}`} data-line={e.line}>
            <td>{e.line}</td>
            <td>{e.field ?? '—'}</td>
            <td>{e.value ?? ''}</td>
            <td>{e.message}</td>
          </tr>
        ))}
      </tbody>
    </Box>
  </Box>
);
