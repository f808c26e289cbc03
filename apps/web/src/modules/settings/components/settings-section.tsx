import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ErrorState } from '../../ui/components/error-state';

export type SettingsSectionProps = {
  title: string;
  description: string;
  action?: ReactNode;
  loading?: boolean;
  error?: unknown;
  onRetry?: () => void;
  children: ReactNode;
};

export function SettingsSection({ title, description, action, loading, error, onRetry, children }: SettingsSectionProps) {
  return (
    <Box sx={{ maxWidth: 1100 }}>
      <Stack direction="row" sx={{ alignItems: 'flex-start', mb: 2, gap: 2, flexWrap: 'wrap' }}>
        <Box sx={{ flex: 1, minWidth: 200 }}>
          <Typography variant="h5" component="h1" sx={{ fontWeight: 700 }}>{title}</Typography>
          <Typography color="text.secondary">{description}</Typography>
        </Box>
        {action}
      </Stack>
      {error ? <ErrorState error={error} onRetry={onRetry} /> : null}
      {/* a table wider than a phone scrolls inside its card, not the page */}
      <Paper variant="outlined" sx={{ overflowX: 'auto' }}>
        {loading ? <Box sx={{ p: 2 }}>{[1, 2, 3].map((i) => <Skeleton key={i} height={40} />)}</Box> : children}
      </Paper>
    </Box>
  );
}
