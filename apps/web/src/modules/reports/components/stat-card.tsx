import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';

export type StatCardProps = { label: string; value: string | number | undefined; hint?: string; tone?: 'default' | 'warning'; to?: string };

export function StatCard({ label, value, hint, tone = 'default', to }: StatCardProps) {
  const shown = value === undefined ? <Skeleton width={60} /> : value;
  return (
    <Paper variant="outlined" sx={{ p: 2, minWidth: 0 }}>
      <Typography variant="body2" color="text.secondary">{label}</Typography>
      <Typography variant="h4" component="p" sx={{ fontWeight: 700, color: tone === 'warning' ? 'warning.main' : 'text.primary' }}>
        {to && value !== undefined ? (
          <Link component={RouterLink} to={to} underline="hover" color="inherit" aria-label={`${label}: ${value}, show conversations`}>{shown}</Link>
        ) : shown}
      </Typography>
      {hint && <Typography variant="caption" color="text.secondary">{hint}</Typography>}
    </Paper>
  );
}
