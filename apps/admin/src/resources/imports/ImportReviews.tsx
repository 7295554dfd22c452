import { Alert, Box, Button, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { IMPORT_LABELS } from '@recours/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useDataProvider, useNotify, usePermissions, useRefresh } from 'react-admin';
import { formatIsoDate } from '../../format';
import { can, type Permissions } from '../../providers/authProvider';
import type { RecoursDataProvider } from '../../providers/dataProvider';
import type { ImportReview } from './types';

const person = (p: { lastName: string; firstName: string; birthDate: string | null; address: string | null } | null) =>
  p ? [`${p.lastName} ${p.firstName}`, p.birthDate ? `né·e le ${formatIsoDate(p.birthDate)}` : null, p.address].filter(Boolean).join(' · ') : 'Ligne retirée du fichier';

const ReviewItem = ({ importId, review, canDecide }: { importId: string; review: ImportReview; canDecide: boolean }) => {
  const dataProvider = useDataProvider<RecoursDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);
  const decide = async (decision: 'fusion' | 'nouveau') => {
    setPending(true);
    try {
      await dataProvider.decideImportReview(importId, review.id, decision);
      notify(decision === 'fusion' ? `Ligne ${review.line} fusionnée dans le foyer ${review.candidate.householdReference}.` : `Ligne ${review.line} : nouveau foyer créé.`, {
        type: 'success',
      });
    } catch (e) {
      notify(e instanceof Error ? e.message : 'La décision n’a pas pu être enregistrée.', { type: 'error' });
    } finally {
      setPending(false);
      await queryClient.invalidateQueries({ queryKey: ['imports', importId, 'reviews'] });
      refresh();
    }
  };
  const open = review.status === 'en_attente';
  return (
    <Box component="li" sx={{ listStyle: 'none', borderBottom: 1, borderColor: 'divider', py: 1.5 }} data-testid="import-review">
      <Stack spacing={0.5}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="subtitle2" component="h3">
            Ligne {review.line}
          </Typography>
          <Chip size="small" label={IMPORT_LABELS.importReviewStatus[review.status]} color={open ? 'warning' : 'default'} />
          <Typography variant="body2" color="text.secondary">
            ressemblance {Math.round(review.similarity * 100)} %
          </Typography>
        </Stack>
        <Typography variant="body2">Dans le fichier : {person(review.row)}</Typography>
        <Typography variant="body2">
          Déjà connu·e : {person(review.candidate)}, foyer <Link to={`/households/${review.candidate.householdId}/show`}>{review.candidate.householdReference}</Link>
        </Typography>
        {open && canDecide ? (
          <Stack direction="row" spacing={1} sx={{ pt: 0.5 }}>
            <Button size="small" variant="contained" disabled={pending} onClick={() => void decide('fusion')}>
              Fusionner
            </Button>
            <Button size="small" variant="outlined" disabled={pending} onClick={() => void decide('nouveau')}>
              Nouveau foyer
            </Button>
          </Stack>
        ) : null}
      </Stack>
    </Box>
  );
};

/** Rows whose person resembles someone already known: a worker merges them or creates a new household. */
export const ImportReviews = ({ importId, count }: { importId: string; count: number }) => {
  const dataProvider = useDataProvider<RecoursDataProvider>();
  const { permissions } = usePermissions<Permissions>();
  const { data, error } = useQuery({ queryKey: ['imports', importId, 'reviews', count], queryFn: () => dataProvider.getImportReviews(importId).then((r) => r.data) });
  if (error) return <Alert severity="warning">{error instanceof Error ? error.message : 'File d’examen indisponible.'}</Alert>;
  if (!data?.length) return null;
  const open = data.filter((r) => r.status === 'en_attente').length;
  return (
    <Card variant="outlined" data-testid="import-reviews">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          À examiner : personnes ressemblantes ({open} en attente)
        </Typography>
        <Typography variant="body2" color="text.secondary">
          Ces lignes ressemblent à une personne déjà suivie (nom proche). Fusionnez-les dans son foyer ou créez un nouveau foyer ; la provenance de chaque champ
          (fichier, ligne) est conservée.
        </Typography>
        <Box component="ul" sx={{ p: 0, m: 0 }}>
          {data.map((r) => (
            <ReviewItem key={r.id} importId={importId} review={r} canDecide={can(permissions, 'household.write')} />
          ))}
        </Box>
      </CardContent>
    </Card>
  );
};
