import type { ReactNode } from 'react';
import Box from '@mui/material/Box';

export type VisuallyHiddenProps = { children: ReactNode; live?: 'polite' | 'assertive' };

export function VisuallyHidden({ children, live }: VisuallyHiddenProps) {
  return (
    <Box
      aria-live={live}
      sx={{ position: 'absolute', width: 1, height: 1, p: 0, m: -1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', border: 0 }}
    >
      {children}
    </Box>
  );
}
