import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ChannelHealthDto } from '@parley/contracts';
import { formatSeconds, STATUS_COLORS, STATUS_LABELS } from '../utils/health-format';

export type ChannelHealthCardProps = { health: ChannelHealthDto };

/** One inbox: its status in words first, then the four numbers that explain it. */
export function ChannelHealthCard({ health }: ChannelHealthCardProps) {
  const h = health;
  return (
    <Paper variant="outlined" component="section" aria-label={`${h.name} health`} sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, flex: 1, minWidth: 0 }} noWrap>{h.name}</Typography>
        <Typography variant="caption" color="text.secondary" sx={{ textTransform: 'capitalize' }}>{h.channel}</Typography>
        <Chip size="small" color={STATUS_COLORS[h.status]} label={STATUS_LABELS[h.status]} />
      </Stack>
      <Typography variant="body2" color={h.status === 'ok' ? 'text.secondary' : 'text.primary'}>{h.summary}</Typography>
      <Stack direction="row" component="dl" sx={{ m: 0, gap: 3, flexWrap: 'wrap' }}>
        <Figure label="Messages, last hour" value={`${h.arrivedLastHour}`} hint={`usually ${h.usualThisHour} at this hour`} />
        <Figure label="Ingestion lag" value={formatSeconds(h.ingestionLagSeconds)} hint="platform to Parley" />
        <Figure label="Replies waiting" value={`${h.repliesWaiting}`} hint={h.oldestReplyWaitingSeconds === null ? 'none' : `oldest ${formatSeconds(h.oldestReplyWaitingSeconds)}`} />
      </Stack>
      {h.failuresLastHour.length > 0 && (
        <Stack component="ul" aria-label="Failures in the last hour" sx={{ m: 0, pl: 2, gap: 0.5 }}>
          {h.failuresLastHour.map((f) => (
            <Typography component="li" variant="body2" key={f.code}>
              {f.count} × {f.reason} <Typography component="span" variant="caption" color="text.secondary">(code {f.code})</Typography>
            </Typography>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

type FigureProps = { label: string; value: string; hint: string };

function Figure({ label, value, hint }: FigureProps) {
  return (
    <div>
      <Typography component="dt" variant="caption" color="text.secondary">{label}</Typography>
      <Typography component="dd" variant="h6" sx={{ m: 0, fontWeight: 700 }}>{value}</Typography>
      <Typography component="dd" variant="caption" color="text.secondary" sx={{ m: 0 }}>{hint}</Typography>
    </div>
  );
}
