import ReplyIcon from '@mui/icons-material/Reply';
import StickyNote2Icon from '@mui/icons-material/StickyNote2';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import type { ComposerMode } from '../hooks/use-draft';

export type ComposerModeToggleProps = { mode: ComposerMode; onChange: (mode: ComposerMode) => void };

export function ComposerModeToggle({ mode, onChange }: ComposerModeToggleProps) {
  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      value={mode}
      onChange={(_, value: ComposerMode | null) => value && onChange(value)}
      aria-label="Message type"
    >
      <ToggleButton value="reply" aria-label="Reply to customer" sx={{ px: 1.5, py: 0.25 }}>
        <ReplyIcon fontSize="small" sx={{ mr: 0.5 }} /> Reply
      </ToggleButton>
      <ToggleButton value="note" aria-label="Private note" sx={{ px: 1.5, py: 0.25 }}>
        <StickyNote2Icon fontSize="small" sx={{ mr: 0.5 }} /> Note
      </ToggleButton>
    </ToggleButtonGroup>
  );
}
