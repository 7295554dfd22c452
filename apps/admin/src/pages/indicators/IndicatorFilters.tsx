import { MenuItem, Stack, TextField } from '@mui/material';
import { benefitLabels } from '../../labels';
import type { StatsFilter } from './stats-api';

const DETECTABLE = Object.entries(benefitLabels).filter(([id]) => id !== 'autre');

/** Period, benefit, commune and (for a territory coordinator) organisation. */
export const IndicatorFilters = ({
  value,
  onChange,
  organisations,
}: {
  value: StatsFilter;
  onChange: (f: StatsFilter) => void;
  organisations?: { id: string; name: string }[];
}) => {
  const set = (key: keyof StatsFilter) => (e: { target: { value: string } }) => onChange({ ...value, [key]: e.target.value });
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', my: 2 }}>
      <TextField fullWidth={false} label="Du" type="date" size="small" value={value.from} onChange={set('from')} slotProps={{ inputLabel: { shrink: true } }} sx={{ width: 170 }} />
      <TextField fullWidth={false} label="Au" type="date" size="small" value={value.to} onChange={set('to')} slotProps={{ inputLabel: { shrink: true } }} sx={{ width: 170 }} />
      <TextField fullWidth={false} select label="Prestation" size="small" value={value.benefit ?? ''} onChange={set('benefit')} sx={{ minWidth: 220 }}>
        <MenuItem value="">Toutes</MenuItem>
        {DETECTABLE.map(([id, name]) => (
          <MenuItem key={id} value={id}>
            {name}
          </MenuItem>
        ))}
      </TextField>
      <TextField fullWidth={false} label="Commune (code INSEE)" size="small" value={value.communeInsee ?? ''} onChange={set('communeInsee')} sx={{ width: 180 }} />
      {organisations ? (
        <TextField fullWidth={false} select label="Organisation" size="small" value={value.organisationId ?? ''} onChange={set('organisationId')} sx={{ minWidth: 220 }}>
          <MenuItem value="">Tout le territoire</MenuItem>
          {organisations.map((o) => (
            <MenuItem key={o.id} value={o.id}>
              {o.name}
            </MenuItem>
          ))}
        </TextField>
      ) : null}
    </Stack>
  );
};
