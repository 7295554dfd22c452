import PlayIcon from '@mui/icons-material/PlayArrowOutlined';
import SaveIcon from '@mui/icons-material/SaveOutlined';
import { Alert, Box, Button, Card, CardContent, CircularProgress, Stack, TextField, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useDataProvider, useNotify, useRefresh } from 'react-admin';
import { plural } from '../../format';
import type { RecoursDataProvider } from '../../providers/dataProvider';
import { ErrorTable } from './ErrorTable';
import { cleanMapping, GROUP_LABELS, type FieldMapping, type ImportFieldInfo, type ImportPreview, type PartnerImport } from './types';

const grid = { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: 2, width: '100%' } as const;
const NOT_IMPORTED = '';

const useDebounced = <T,>(value: T, ms: number): T => {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
};

/** The dry run: the first rows as they will be read and the errors found, nothing written. */
const DryRun = ({ importId, mapping, fields }: { importId: string; mapping: FieldMapping; fields: ImportFieldInfo[] }) => {
  const dataProvider = useDataProvider<RecoursDataProvider>();
  const key = useDebounced(JSON.stringify(mapping), 400);
  const { data, error, isFetching } = useQuery<ImportPreview>({
    queryKey: ['imports', importId, 'preview', key],
    queryFn: () => dataProvider.previewImport(importId, JSON.parse(key) as FieldMapping).then((r) => r.data),
    retry: false,
  });
  const shown = fields.filter((f) => mapping[f.field]);
  return (
    <Card variant="outlined" data-testid="import-dry-run">
      <CardContent>
        <Stack spacing={2}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Typography variant="h6" component="h2">
              Essai à blanc
            </Typography>
            {isFetching ? <CircularProgress size={18} aria-label="Essai en cours" /> : null}
          </Stack>
          {error ? <Alert severity="warning">{error instanceof Error ? error.message : 'Essai impossible.'}</Alert> : null}
          {data ? (
            <>
              <Typography variant="body2" data-testid="import-dry-run-counts">
                {plural(data.rowsChecked, 'ligne vérifiée', 'lignes vérifiées')}
                {data.complete ? '' : ' (les premières seulement)'} : {plural(data.rowsValid, 'valide')}, {plural(data.errorCount, 'erreur')}. Rien n’est
                encore enregistré.
              </Typography>
              <Box sx={{ overflowX: 'auto', maxWidth: '100%' }} tabIndex={0} role="region" aria-label="Premières lignes telles qu’elles seront lues">
                <Box component="table" sx={{ borderCollapse: 'collapse', fontSize: 14, '& th, & td': { border: 1, borderColor: 'divider', px: 1, py: 0.5, textAlign: 'left', whiteSpace: 'nowrap' } }}>
                  <caption style={{ textAlign: 'left', captionSide: 'top' }}>Premières lignes telles qu’elles seront lues</caption>
                  <thead>
                    <tr>
                      <th scope="col">Ligne</th>
                      {shown.map((f) => (
                        <th key={f.field} scope="col">
                          {f.label}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {data.rows.map((r) => (
                      <Box component="tr" key={r.line} sx={r.errors.length ? { backgroundColor: '#fee9e9' } : undefined}>
                        <th scope="row">{r.line}</th>
                        {shown.map((f) => (
                          <td key={f.field}>{r.values[f.field] ?? ''}</td>
                        ))}
                      </Box>
                    ))}
                  </tbody>
                </Box>
              </Box>
              {data.errors.length ? <ErrorTable errors={data.errors} caption={`Erreurs trouvées (${data.errorCount.toLocaleString('fr-FR')})`} testId="import-dry-run-errors" /> : null}
            </>
          ) : null}
        </Stack>
      </CardContent>
    </Card>
  );
};

/** Step 2: which column of the file feeds which field, presets of the organisation, dry run, start. */
export const ImportMapping = ({ record }: { record: PartnerImport }) => {
  const dataProvider = useDataProvider<RecoursDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  const [mapping, setMapping] = useState<Record<string, string>>(() => cleanMapping(record.suggestedMapping, record.header));
  const [presetName, setPresetName] = useState('');
  const [pending, setPending] = useState(false);
  const fields = useQuery({ queryKey: ['imports', 'fields'], queryFn: () => dataProvider.getImportFields().then((r) => r.data), staleTime: Infinity });
  const presets = useQuery({ queryKey: ['imports', 'presets'], queryFn: () => dataProvider.getImportPresets().then((r) => r.data) });
  const clean = useMemo(() => cleanMapping(mapping, record.header), [mapping, record.header]);
  const groups = useMemo(() => {
    const byGroup = new Map<string, ImportFieldInfo[]>();
    for (const f of fields.data ?? []) byGroup.set(f.group, [...(byGroup.get(f.group) ?? []), f]);
    return [...byGroup.entries()];
  }, [fields.data]);

  const savePreset = async () => {
    try {
      await dataProvider.saveImportPreset(presetName.trim(), clean);
      notify(`Préréglage « ${presetName.trim()} » enregistré.`, { type: 'success' });
      await queryClient.invalidateQueries({ queryKey: ['imports', 'presets'] });
    } catch (e) {
      notify(e instanceof Error ? e.message : 'Le préréglage n’a pas pu être enregistré.', { type: 'error' });
    }
  };
  const start = async () => {
    setPending(true);
    try {
      await dataProvider.startImport(record.id, clean);
      notify('Import lancé : le traitement se poursuit même si vous quittez cette page.', { type: 'success' });
    } catch (e) {
      notify(e instanceof Error ? e.message : 'L’import n’a pas pu être lancé.', { type: 'error' });
    } finally {
      setPending(false);
      refresh();
    }
  };

  return (
    <Stack spacing={2}>
      <Card variant="outlined">
        <CardContent>
          <Stack spacing={2}>
            <Typography variant="h6" component="h2">
              Correspondance des colonnes
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {plural(record.header.length, 'colonne')} dans le fichier. Les champs marqués d’un astérisque sont obligatoires ; une colonne sans champ n’est pas
              importée.
            </Typography>
            <TextField
              select
              label="Appliquer un préréglage"
              value=""
              onChange={(e) => {
                const preset = presets.data?.find((p) => p.id === e.target.value);
                if (preset) setMapping(cleanMapping(preset.mapping, record.header));
              }}
              slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
              sx={{ maxWidth: 360 }}
              id="import-preset"
            >
              <option value="">{presets.data?.length ? '— Choisir —' : 'Aucun préréglage enregistré'}</option>
              {(presets.data ?? []).map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </TextField>
            {groups.map(([group, groupFields]) => (
              <Box key={group} component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
                <Typography component="legend" variant="subtitle2" color="text.secondary" sx={{ mb: 1 }}>
                  {GROUP_LABELS[group] ?? group}
                </Typography>
                <Box sx={grid}>
                  {groupFields.map((f) => (
                    <TextField
                      key={f.field}
                      select
                      id={`mapping-${f.field}`}
                      label={`${f.label}${f.required ? ' *' : ''}`}
                      value={mapping[f.field] ?? NOT_IMPORTED}
                      onChange={(e) => setMapping((m) => ({ ...m, [f.field]: e.target.value }))}
                      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
                      size="small"
                    >
                      <option value={NOT_IMPORTED}>— Non importé —</option>
                      {record.header.map((column) => (
                        <option key={column} value={column}>
                          {column}
                        </option>
                      ))}
                    </TextField>
                  ))}
                </Box>
              </Box>
            ))}
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'center' } }}>
              <TextField label="Nom du préréglage" placeholder="Export bailleur X" value={presetName} onChange={(e) => setPresetName(e.target.value)} size="small" id="import-preset-name" />
              <Button variant="outlined" startIcon={<SaveIcon />} disabled={!presetName.trim()} onClick={() => void savePreset()}>
                Enregistrer le préréglage
              </Button>
            </Stack>
          </Stack>
        </CardContent>
      </Card>
      {fields.data ? <DryRun importId={record.id} mapping={clean} fields={fields.data} /> : null}
      <Box>
        <Button variant="contained" startIcon={<PlayIcon />} disabled={pending} onClick={() => void start()}>
          Lancer l’import
        </Button>
      </Box>
    </Stack>
  );
};
