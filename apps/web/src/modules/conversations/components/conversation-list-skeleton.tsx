import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';

export type ConversationListSkeletonProps = { rows?: number };

export function ConversationListSkeleton({ rows = 8 }: ConversationListSkeletonProps) {
  return (
    <Box aria-busy="true" aria-label="Loading conversations">
      {Array.from({ length: rows }, (_, i) => (
        <Stack key={i} direction="row" spacing={1.5} sx={{ p: 1.5, borderBottom: 1, borderColor: 'divider' }}>
          <Skeleton variant="circular" width={36} height={36} />
          <Box sx={{ flex: 1 }}>
            <Skeleton width="60%" />
            <Skeleton width="90%" />
            <Skeleton width="40%" />
          </Box>
        </Stack>
      ))}
    </Box>
  );
}
