import type { Ref } from 'react';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { DetailsColumn } from './details-column';

export type PhoneDetailsProps = {
  conversationId: string;
  onBack: () => void;
  snoozeOpen: boolean;
  onSnoozeOpenChange: (open: boolean) => void;
  tagInputRef: Ref<HTMLInputElement>;
};

/** A phone's third pane: the conversation's details on the whole screen, with the way back to the thread. */
export function PhoneDetails({ conversationId, onBack, ...details }: PhoneDetailsProps) {
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%', minWidth: 0 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', px: 1, py: 0.5, borderBottom: 1, borderColor: 'divider', minHeight: 48 }}>
        <IconButton onClick={onBack} aria-label="Back to the conversation"><ArrowBackIcon /></IconButton>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>Details</Typography>
      </Stack>
      <Box sx={{ flex: 1, minHeight: 0 }}>
        <DetailsColumn conversationId={conversationId} {...details} />
      </Box>
    </Box>
  );
}
