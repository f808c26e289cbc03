import AttachFileIcon from '@mui/icons-material/AttachFile';
import LocationOnIcon from '@mui/icons-material/LocationOn';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Attachment } from '@parley/contracts';

export type MessageAttachmentsProps = { attachments: Attachment[] };

function mapUrl(a: Attachment): string | undefined {
  if (a.latitude !== undefined && a.longitude !== undefined) {
    return `https://www.openstreetmap.org/?mlat=${a.latitude}&mlon=${a.longitude}#map=16/${a.latitude}/${a.longitude}`;
  }
  return a.url;
}

function AttachmentView({ a }: { a: Attachment }) {
  const label = a.name ?? a.caption ?? a.title;
  switch (a.type) {
    case 'image':
    case 'sticker':
      return a.url ? (
        <Link href={a.url} target="_blank" rel="noreferrer">
          <Box component="img" src={a.url} alt={a.caption ?? (a.type === 'sticker' ? 'Sticker' : 'Image from the conversation')} loading="lazy" sx={{ maxWidth: 260, maxHeight: 260, borderRadius: 1, display: 'block' }} />
        </Link>
      ) : null;
    case 'audio':
      return <audio controls src={a.url} aria-label={label ?? 'Voice message'} style={{ maxWidth: 260 }} />;
    case 'video':
    case 'reel':
      return <video controls src={a.url} aria-label={label ?? 'Video'} style={{ maxWidth: 260, borderRadius: 8 }} />;
    case 'location':
      return (
        <Link href={mapUrl(a)} target="_blank" rel="noreferrer" color="inherit" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
          <LocationOnIcon fontSize="small" /> {a.title ?? 'Shared location'} (open map)
        </Link>
      );
    case 'story_mention':
      return (
        <Typography variant="body2" sx={{ fontStyle: 'italic' }}>
          Mentioned you in their story{a.url ? <> · <Link href={a.url} target="_blank" rel="noreferrer" color="inherit">view story</Link></> : null}
        </Typography>
      );
    case 'story_reply':
      return (
        <Typography variant="body2" sx={{ fontStyle: 'italic' }} data-story-id={a.storyId}>
          Replied to your story{a.url ? <> · <Link href={a.url} target="_blank" rel="noreferrer" color="inherit">view story</Link></> : null}
        </Typography>
      );
    default:
      return a.url ? (
        <Link href={a.url} target="_blank" rel="noreferrer" color="inherit" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
          <AttachFileIcon fontSize="small" /> {label ?? `${a.type.replace('_', ' ')} attachment`}
        </Link>
      ) : (
        <Typography variant="body2" sx={{ fontStyle: 'italic' }}>Unsupported {a.type.replace('_', ' ')} attachment</Typography>
      );
  }
}

export function MessageAttachments({ attachments }: MessageAttachmentsProps) {
  if (attachments.length === 0) return null;
  return (
    <Stack spacing={0.75} sx={{ mt: 0.5 }}>
      {attachments.map((a, i) => <AttachmentView key={`${a.type}-${a.url ?? i}`} a={a} />)}
    </Stack>
  );
}
