import { Box, Card, CardActionArea, CardContent, Typography } from '@mui/material';
import { visuallyHidden } from '@mui/utils';
import { Link } from 'react-admin';

/** One figure of the dashboard; a click opens the list behind it. */
export const FigureCard = ({ label, value, hint, to }: { label: string; value: string; hint?: string; to?: { pathname: string; search: string } }) => {
  // The link's name is what it shows (then "voir la liste" for screen readers): a name other than the
  // visible text would not match what a voice-control user says.
  const body = (
    <CardContent>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="h4" component="p">
        {value}
      </Typography>
      {hint ? (
        <Typography variant="caption" color="text.secondary">
          {hint}
        </Typography>
      ) : null}
      {to ? <Box component="span" sx={visuallyHidden}>, voir la liste</Box> : null}
    </CardContent>
  );
  return (
    <Card variant="outlined" sx={{ minWidth: 180, flex: '1 1 180px' }}>
      {to ? (
        <CardActionArea component={Link} to={to}>
          {body}
        </CardActionArea>
      ) : (
        body
      )}
    </Card>
  );
};
