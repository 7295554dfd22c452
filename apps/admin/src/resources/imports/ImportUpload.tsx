import UploadIcon from '@mui/icons-material/UploadFileOutlined';
import { Alert, Box, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Title, useDataProvider } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import type { RecoursDataProvider } from '../../providers/dataProvider';

const visuallyHidden = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;

/** Step 1: the file is stored by the API as it is; its columns are mapped on the next screen. */
export const ImportUpload = () => {
  const dataProvider = useDataProvider<RecoursDataProvider>();
  const navigate = useNavigate();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const upload = async () => {
    if (!file) return;
    setPending(true);
    setError(null);
    try {
      const { data } = await dataProvider.uploadImport(file);
      void navigate(`/imports/${data.id}/show`);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Le fichier n’a pas pu être téléversé.');
      setPending(false);
    }
  };

  return (
    <Card sx={{ mt: 2 }}>
      <Title title="Importer un fichier partenaire" />
      <CardContent>
        <Stack spacing={2} sx={{ maxWidth: 720 }}>
          <Typography variant="h5" component="h1">
            Importer un fichier partenaire
          </Typography>
          <Typography variant="body2" color="text.secondary">
            Un fichier CSV (UTF-8 ou Windows-1252, séparateur « ; » ou « , ») ou XLSX, avec une ligne d’en-tête. Une ligne = un foyer et sa personne de
            référence. Vous choisirez ensuite quelle colonne remplit quel champ, et verrez un essai avant tout enregistrement.
          </Typography>
          <Box>
            <Button component="label" variant="outlined" startIcon={<UploadIcon />} htmlFor="import-file">
              Choisir un fichier
            </Button>
            <Box
              component="input"
              id="import-file"
              type="file"
              aria-label="Fichier CSV ou XLSX"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              sx={visuallyHidden}
              onChange={(e: React.ChangeEvent<HTMLInputElement>) => {
                setFile(e.target.files?.[0] ?? null);
                setError(null);
              }}
            />
          </Box>
          {file ? (
            <Typography variant="body2" data-testid="import-file-name">
              {file.name} ({megabytes(file.size)})
            </Typography>
          ) : null}
          {error ? (
            <Alert severity="error" data-testid="import-upload-error">
              {error}
            </Alert>
          ) : null}
          <Box>
            <Button variant="contained" disabled={!file || pending} onClick={() => void upload()}>
              {pending ? 'Téléversement…' : 'Téléverser'}
            </Button>
          </Box>
        </Stack>
      </CardContent>
    </Card>
  );
};
