import { Autocomplete, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { useInput } from 'react-admin';
import type { components } from '../../api/schema';
import { API_URL, httpClient } from '../../providers/http';

export type Commune = components['schemas']['CommuneDto'];

const useDebounced = (value: string, ms: number) => {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
};

const label = (c: Commune) => (c.formerCommune ? `${c.formerCommune.name} (${c.name})` : c.name);
const detail = (c: Commune) =>
  [c.postcodes.slice(0, 3).join(', ') + (c.postcodes.length > 3 ? '…' : ''), `INSEE ${c.insee}`, c.zone ? `zone ${c.zonage}` : null].filter(Boolean).join(' · ');

/**
 * The commune, completed on its name (accents and case aside) or its postcode from GET /api/communes:
 * choosing one fills the INSEE code, the housing-aid zone, and the postcode when the commune has only
 * one. A name typed without choosing is kept as typed, without an INSEE code.
 */
export const CommuneInput = () => {
  const { field, fieldState } = useInput({ source: 'communeName' });
  const { setValue, getValues } = useFormContext();
  const [text, setText] = useState<string>(field.value ?? '');
  const query = useDebounced(text.trim(), 250);
  const { data: options = [], isFetching } = useQuery({
    queryKey: ['communes', query],
    queryFn: async () => (await httpClient(`${API_URL}/communes?${new URLSearchParams({ q: query, limit: '8' })}`)).json as Commune[],
    enabled: query.length >= 2,
    staleTime: Infinity,
  });

  const choose = (c: Commune) => {
    const dirty = { shouldDirty: true, shouldValidate: true };
    field.onChange(c.name);
    setText(c.name);
    setValue('communeInsee', c.insee, dirty);
    if (c.zone !== null) setValue('housingAidZone', c.zone, dirty);
    // The postcode typed to find the commune, else its only one, else the first when the form's is not one of its own.
    const typed = text.trim();
    const postcode = (getValues('postcode') as string | null | undefined) ?? '';
    if (c.postcodes.includes(typed)) setValue('postcode', typed, dirty);
    else if (c.postcodes.length === 1 || (c.postcodes.length > 0 && !c.postcodes.includes(postcode))) setValue('postcode', c.postcodes[0], dirty);
  };

  return (
    <Autocomplete<Commune, false, false, true>
      freeSolo
      options={query.length >= 2 ? options : []}
      filterOptions={(o) => o}
      loading={isFetching}
      loadingText="Recherche…"
      noOptionsText="Aucune commune"
      getOptionLabel={(o) => (typeof o === 'string' ? o : label(o))}
      getOptionKey={(o) => (typeof o === 'string' ? o : `${o.insee}-${o.formerCommune?.insee ?? ''}`)}
      inputValue={text}
      value={field.value ?? null}
      onInputChange={(_, value, reason) => {
        setText(value);
        if (reason === 'input') {
          field.onChange(value || null);
          // The INSEE code belonged to the commune chosen before: a name typed by hand has none.
          if (getValues('communeInsee')) setValue('communeInsee', null, { shouldDirty: true });
        }
      }}
      onChange={(_, value) => {
        if (value && typeof value !== 'string') choose(value);
      }}
      renderOption={({ key, ...props }, option) => (
        <li key={key} {...props}>
          <span>
            {label(option)}
            <br />
            <small>{detail(option)}</small>
          </span>
        </li>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          name="communeName"
          label="Commune"
          onBlur={field.onBlur}
          error={Boolean(fieldState.error)}
          helperText={fieldState.error?.message ?? 'Nom ou code postal : remplit le code INSEE et la zone.'}
        />
      )}
      sx={{ minWidth: 0 }}
    />
  );
};
