import { Button, DialogActions, type ButtonProps } from '@mui/material';

/** A form dialog's "Annuler" and confirm buttons, both disabled while its request runs. */
export const DialogButtons = ({ onCancel, pending, disabled, children, ...confirm }: ButtonProps & { onCancel: () => void; pending: boolean }) => (
  <DialogActions>
    <Button onClick={onCancel} disabled={pending}>
      Annuler
    </Button>
    <Button variant="contained" {...confirm} disabled={pending || disabled}>
      {children}
    </Button>
  </DialogActions>
);
