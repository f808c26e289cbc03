import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

export type DetailFieldProps = { label: string; children: ReactNode; id?: string };

export function DetailField({ label, children, id }: DetailFieldProps) {
  return (
    <Box sx={{ mb: 1.5 }}>
      <Typography variant="overline" color="text.secondary" component="h3" id={id} sx={{ lineHeight: 1.8 }}>{label}</Typography>
      {children}
    </Box>
  );
}
