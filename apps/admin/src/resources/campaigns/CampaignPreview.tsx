import { Alert, CircularProgress, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useDataProvider } from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { RecoursDataProvider } from '../../providers/dataProvider';
import { cleanFilters, previewSentence, type CampaignFilters } from './types';

const useDebounced = <T,>(value: T, ms: number): T => {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
};

/** Who the filters would target, counted by the API with the same SQL as the launch. */
export const FiltersPreview = ({ filters, controlShare = 0 }: { filters: CampaignFilters; controlShare?: number }) => {
  const dataProvider = useDataProvider<RecoursDataProvider>();
  const key = JSON.stringify(filters);
  const { data, error, isFetching } = useQuery({
    queryKey: ['campaigns', 'preview', key, controlShare],
    queryFn: () => dataProvider.previewCampaign(filters, controlShare).then((r) => r.data),
    staleTime: 5_000,
  });
  if (error) return <Alert severity="warning">{error instanceof Error ? error.message : 'Aperçu indisponible.'}</Alert>;
  return (
    <Alert severity="info" icon={isFetching ? <CircularProgress size={18} /> : undefined} data-testid="campaign-preview">
      <Stack>
        <Typography variant="subtitle2">Aperçu de la cible</Typography>
        <Typography variant="body2">{data ? previewSentence(data) : 'Calcul en cours…'}</Typography>
      </Stack>
    </Alert>
  );
};

/** In the creation form: re-counts the cohort (debounced) whenever a filter changes. */
export const LiveFiltersPreview = () => {
  const values = useWatch({ name: 'filters' }) as Parameters<typeof cleanFilters>[0] | undefined;
  const share = Number(useWatch({ name: 'controlShare' }) ?? 0);
  // Debounce the serialised filters: a fresh object each render would never settle.
  const key = useDebounced(JSON.stringify(cleanFilters(values ?? {})), 400);
  return <FiltersPreview filters={JSON.parse(key) as CampaignFilters} controlShare={Number.isInteger(share) && share >= 0 && share <= 50 ? share : 0} />;
};
