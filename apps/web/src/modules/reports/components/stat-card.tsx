import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';

export type StatCardProps = { label: string; value: string | number | undefined; hint?: string; tone?: 'default' | 'warning' };

export function StatCard({ label, value, hint, tone = 'default' }: StatCardProps) {
  return (
    <Paper variant="outlined" sx={{ p: 2, minWidth: 0 }}>
      <Typography variant="body2" color="text.secondary">{label}</Typography>
      <Typography variant="h4" component="p" sx={{ fontWeight: 700, color: tone === 'warning' ? 'warning.main' : 'text.primary' }}>
        {value === undefined ? <Skeleton width={60} /> : value}
      </Typography>
      {hint && <Typography variant="caption" color="text.secondary">{hint}</Typography>}
    </Paper>
  );
}
