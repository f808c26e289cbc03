import VisibilityIcon from '@mui/icons-material/Visibility';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { UserRefDto } from '@parley/contracts';

export type PresenceLineProps = { viewers: UserRefDto[]; typers: string[] };

function names(list: string[]): string {
  if (list.length <= 2) return list.join(' and ');
  return `${list.slice(0, 2).join(', ')} and ${list.length - 2} more`;
}

/** Warns before two agents answer the same customer. */
export function PresenceLine({ viewers, typers }: PresenceLineProps) {
  if (viewers.length === 0 && typers.length === 0) return null;
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', color: 'warning.main' }} role="status" aria-live="polite">
      <VisibilityIcon sx={{ fontSize: 16 }} />
      <Typography variant="caption" sx={{ fontWeight: 600 }}>
        {typers.length > 0
          ? `${names(typers)} ${typers.length === 1 ? 'is' : 'are'} typing…`
          : `${names(viewers.map((v) => v.name))} ${viewers.length === 1 ? 'is' : 'are'} viewing`}
      </Typography>
    </Stack>
  );
}
