import type { SyntheticEvent } from 'react';

import Chip from '@mui/material/Chip';
import type { TagDto } from '@parley/contracts';

export type TagChipProps = {
  tag: TagDto;
  onDelete?: (event: SyntheticEvent) => void;
  size?: 'small' | 'medium';
};

/** A tag with its colour as a dot, so the label keeps the theme's text contrast. */
export function TagChip({ tag, onDelete, size = 'small' }: TagChipProps) {
  return (
    <Chip
      size={size}
      variant="outlined"
      label={tag.name}
      onDelete={onDelete}
      icon={<span aria-hidden style={{ width: 8, height: 8, borderRadius: '50%', background: tag.color ?? '#90a4ae', marginLeft: 8 }} />}
      sx={{ maxWidth: 140 }}
    />
  );
}
