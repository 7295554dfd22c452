import { Alert } from '@mui/material';

/** The error of a form's last submission, announced to screen readers; nothing when there is none. */
export function FormError({ message, testId }: { message: string | null | undefined; testId?: string }) {
  if (!message) return null;
  return (
    <Alert severity="error" role="alert" sx={{ mb: 2 }} data-testid={testId}>
      {message}
    </Alert>
  );
}
