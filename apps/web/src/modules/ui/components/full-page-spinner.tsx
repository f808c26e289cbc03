import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';

export type FullPageSpinnerProps = { label?: string };

export function FullPageSpinner({ label = 'Loading Parley' }: FullPageSpinnerProps) {
  return (
    <Box sx={{ height: '100vh', display: 'grid', placeItems: 'center' }}>
      <CircularProgress aria-label={label} />
    </Box>
  );
}
