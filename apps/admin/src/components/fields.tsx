import { Typography } from '@mui/material';
import { useFieldValue, type FieldProps } from 'react-admin';
import { formatCents, formatIsoDate, formatIsoMonth, formatTimestamp } from '../format';

const Text = ({ children }: { children: string }) => (
  <Typography component="span" variant="body2">
    {children}
  </Typography>
);

const useValue = (source: string): unknown => useFieldValue({ source });

/** Integer cents shown as `1 234,56 €`. */
export const MoneyField = ({ source }: FieldProps & { source: string }) => {
  const value = useValue(source);
  return <Text>{typeof value === 'number' ? formatCents(value) : ''}</Text>;
};

/** A date of law ('YYYY-MM-DD') shown as `09/03/2024`, without any time zone shift. */
export const IsoDateField = ({ source }: FieldProps & { source: string }) => {
  const value = useValue(source);
  return <Text>{typeof value === 'string' ? formatIsoDate(value) : ''}</Text>;
};

/** A month ('YYYY-MM') shown as `mars 2024`. */
export const IsoMonthField = ({ source }: FieldProps & { source: string }) => {
  const value = useValue(source);
  return <Text>{typeof value === 'string' ? formatIsoMonth(value) : ''}</Text>;
};

/** An instant shown in Paris time: `09/03/2024 à 14:05`. */
export const TimestampField = ({ source }: FieldProps & { source: string }) => {
  const value = useValue(source);
  return <Text>{typeof value === 'string' ? formatTimestamp(value) : ''}</Text>;
};
