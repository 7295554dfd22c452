import AddIcon from '@mui/icons-material/AddCircleOutlineOutlined';
import { Button, InputAdornment } from '@mui/material';
import { NumberInput, TextInput, useSimpleFormIterator, type NumberInputProps, type TextInputProps } from 'react-admin';
import { eurosToCents } from '../format';

// Stable module-level functions: NumberInput re-formats whenever `format` changes identity.
const centsToEuroString = (cents: unknown): string =>
  typeof cents === 'number' && Number.isFinite(cents) ? String(cents / 100) : '';

/** Typed in euros, stored in the form (and sent to the API) as integer cents. */
export const EuroInput = (props: NumberInputProps) => (
  <NumberInput
    step={0.01}
    min={0}
    format={centsToEuroString}
    parse={eurosToCents}
    slotProps={{ input: { endAdornment: <InputAdornment position="end">€</InputAdornment> } }}
    {...props}
  />
);

/** A calendar month as 'YYYY-MM' (native month picker). */
export const MonthInput = (props: TextInputProps) => (
  <TextInput type="month" slotProps={{ inputLabel: { shrink: true } }} parse={(v: string) => v || null} {...props} />
);

/** A labelled "add" button for SimpleFormIterator (the default one is an icon with a tooltip). */
export const AddRowButton = ({ label }: { label: string }) => {
  const { add, source } = useSimpleFormIterator();
  return (
    <Button size="small" startIcon={<AddIcon />} onClick={() => add()} className={`button-add button-add-${source}`}>
      {label}
    </Button>
  );
};
