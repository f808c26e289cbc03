import ApiIcon from '@mui/icons-material/Api';
import FacebookIcon from '@mui/icons-material/Facebook';
import InstagramIcon from '@mui/icons-material/Instagram';
import WhatsAppIcon from '@mui/icons-material/WhatsApp';
import type { SvgIconProps } from '@mui/material/SvgIcon';
import type { ChannelType } from '@parley/contracts';

const LABELS: Record<ChannelType, string> = { messenger: 'Messenger', instagram: 'Instagram', whatsapp: 'WhatsApp', api: 'API channel' };

export type ChannelIconProps = { channel: ChannelType } & Pick<SvgIconProps, 'fontSize' | 'sx'>;

export function channelLabel(channel: ChannelType): string {
  return LABELS[channel];
}

export function ChannelIcon({ channel, fontSize = 'small', sx }: ChannelIconProps) {
  const props = { fontSize, sx, titleAccess: LABELS[channel] };
  switch (channel) {
    case 'messenger':
      return <FacebookIcon {...props} htmlColor="#1877f2" />;
    case 'instagram':
      return <InstagramIcon {...props} htmlColor="#d62976" />;
    case 'whatsapp':
      return <WhatsAppIcon {...props} htmlColor="#1c9e4b" />;
    default:
      return <ApiIcon {...props} color="action" />;
  }
}
