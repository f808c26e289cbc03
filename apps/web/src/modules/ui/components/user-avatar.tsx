import Avatar from '@mui/material/Avatar';
import Tooltip from '@mui/material/Tooltip';
import { avatarColor, initials } from '../utils/initials';

export type UserAvatarProps = {
  name: string | null;
  src?: string | null;
  size?: number;
  /** show the name in a tooltip */
  withTooltip?: boolean;
};

export function UserAvatar({ name, src, size = 28, withTooltip = false }: UserAvatarProps) {
  const label = name ?? 'Unknown';
  const avatar = (
    <Avatar
      src={src ?? undefined}
      alt={label}
      sx={{ width: size, height: size, fontSize: size * 0.42, bgcolor: avatarColor(label), color: '#fff' }}
    >
      {initials(name)}
    </Avatar>
  );
  return withTooltip ? <Tooltip title={label}>{avatar}</Tooltip> : avatar;
}
