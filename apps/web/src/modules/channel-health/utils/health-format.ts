import type { ChannelHealthStatus } from '@parley/contracts';

export const STATUS_LABELS: Record<ChannelHealthStatus, string> = {
  ok: 'Healthy', reconnect_needed: 'Reconnect needed', failing: 'Replies failing', replies_delayed: 'Replies delayed', silent: 'Gone quiet',
};

export const STATUS_COLORS: Record<ChannelHealthStatus, 'success' | 'error' | 'warning'> = {
  ok: 'success', reconnect_needed: 'error', failing: 'error', replies_delayed: 'warning', silent: 'warning',
};

/** "40 s", "12 min", "2 h 5 min"; a dash for nothing measured. */
export function formatSeconds(seconds: number | null): string {
  if (seconds === null) return '—';
  if (seconds < 60) return `${Math.round(seconds * 10) / 10} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return minutes % 60 ? `${Math.floor(minutes / 60)} h ${minutes % 60} min` : `${minutes / 60} h`;
}
