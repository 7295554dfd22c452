import { Alert, AlertTitle, Box, Button } from '@mui/material';
import { Link, useTranslate } from 'react-admin';

/**
 * Shown instead of a record the API answered 404 for. The API answers the same for a record that
 * does not exist and one the user may not see, so the message says both.
 */
export const RecordNotFound = ({ title, detail, backTo, backLabel }: { title: string; detail: string; backTo: string; backLabel: string }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ p: 2 }}>
      <Alert severity="warning" role="alert">
        <AlertTitle>{translate(title)}</AlertTitle>
        {translate(detail)}
      </Alert>
      <Button component={Link} to={backTo} sx={{ mt: 2 }}>
        {translate(backLabel)}
      </Button>
    </Box>
  );
};

export const HouseholdNotFound = () => (
  <RecordNotFound
    title="recours.notFound.household"
    detail="recours.notFound.detail"
    backTo="/households"
    backLabel="recours.notFound.back"
  />
);
