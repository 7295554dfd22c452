import { Card, CardActionArea, CardContent, Typography } from '@mui/material';
import { Link } from 'react-admin';

/** One figure of the dashboard; a click opens the list behind it. */
export const FigureCard = ({ label, value, hint, to }: { label: string; value: string; hint?: string; to?: { pathname: string; search: string } }) => {
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
    </CardContent>
  );
  return (
    <Card variant="outlined" sx={{ minWidth: 180, flex: '1 1 180px' }}>
      {to ? (
        <CardActionArea component={Link} to={to} aria-label={`${label} : ${value}, voir la liste`}>
          {body}
        </CardActionArea>
      ) : (
        body
      )}
    </Card>
  );
};
