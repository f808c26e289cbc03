import type { ReactNode } from 'react';
import Box from '@mui/material/Box';

export type VisuallyHiddenProps = { children: ReactNode; live?: 'polite' | 'assertive' };

export function VisuallyHidden({ children, live }: VisuallyHiddenProps) {
  return (
    <Box
      aria-live={live}
      // '1px', not 1: in sx a number up to 1 is a fraction, and 100 % of the viewport made every page scroll sideways.
      sx={{ position: 'absolute', width: '1px', height: '1px', p: 0, m: '-1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', border: 0 }}
    >
      {children}
    </Box>
  );
}
