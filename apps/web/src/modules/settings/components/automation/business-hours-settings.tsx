import { useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { BusinessHoursDto, OpenIntervalDto } from '@parley/contracts';
import { useDirectoryMutation } from '../../../directory/hooks/use-directory-mutation';
import { errorMessage } from '../../../http/api-error';
import { queryKeys } from '../../../http/query-keys';
import { ConfirmDialog } from '../../../ui/components/confirm-dialog';
import { EmptyState } from '../../../ui/components/empty-state';
import { businessHoursApi } from '../../api/automation.api';
import { useBusinessHours } from '../../hooks/use-automation';
import { SettingsSection } from '../settings-section';
import { InboxPicker } from './inbox-picker';

type Day = '1' | '2' | '3' | '4' | '5' | '6' | '7';
const DAYS: { key: Day; label: string }[] = [
  { key: '1', label: 'Monday' }, { key: '2', label: 'Tuesday' }, { key: '3', label: 'Wednesday' }, { key: '4', label: 'Thursday' },
  { key: '5', label: 'Friday' }, { key: '6', label: 'Saturday' }, { key: '7', label: 'Sunday' },
];

/** "09:00-12:00, 13:00-17:00" <-> intervals; the server checks the times and names every problem. */
const formatIntervals = (list: OpenIntervalDto[] | undefined) => (list ?? []).map((i) => `${i.open}-${i.close}`).join(', ');
const parseIntervals = (text: string): OpenIntervalDto[] =>
  text.split(',').map((s) => s.trim()).filter(Boolean).map((s) => {
    const [open = '', close = ''] = s.split('-').map((p) => p.trim());
    return { open, close };
  });

type ExceptionRow = { date: string; hours: string; label: string };
type Draft = { timeZone: string; weekly: Record<Day, string>; exceptions: ExceptionRow[] };

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
function toDraft(bh: BusinessHoursDto | null): Draft {
  const weekly = Object.fromEntries(DAYS.map((d) => [d.key, bh ? formatIntervals(bh.weekly[d.key]) : ['6', '7'].includes(d.key) ? '' : '09:00-17:00'])) as Record<Day, string>;
  return {
    timeZone: bh?.timeZone ?? browserZone(),
    weekly,
    exceptions: (bh?.exceptions ?? []).map((e) => ({ date: e.date, hours: formatIntervals(e.intervals), label: e.label ?? '' })),
  };
}
function fromDraft(d: Draft): BusinessHoursDto {
  const weekly: BusinessHoursDto['weekly'] = {};
  for (const { key } of DAYS) {
    const intervals = parseIntervals(d.weekly[key]);
    if (intervals.length) weekly[key] = intervals;
  }
  return {
    timeZone: d.timeZone.trim(),
    weekly,
    exceptions: d.exceptions.map((e) => ({ date: e.date, intervals: parseIntervals(e.hours), ...(e.label.trim() ? { label: e.label.trim() } : {}) })),
  };
}

export function BusinessHoursSettings() {
  const [inboxId, setInboxId] = useState('');
  const hours = useBusinessHours(inboxId);
  return (
    <SettingsSection
      title="Business hours"
      description="When each inbox is staffed. Out-of-hours auto-replies and business-hours SLA policies use this schedule."
      loading={Boolean(inboxId) && hours.isPending}
      error={hours.error}
      onRetry={() => hours.refetch()}
    >
      <Box sx={{ p: 2, pb: 0 }}><InboxPicker value={inboxId} onChange={setInboxId} /></Box>
      {inboxId && hours.data && <BusinessHoursEditor key={`${inboxId}:${JSON.stringify(hours.data.businessHours)}`} inboxId={inboxId} value={hours.data.businessHours} />}
    </SettingsSection>
  );
}

function BusinessHoursEditor({ inboxId, value }: { inboxId: string; value: BusinessHoursDto | null }) {
  const [editing, setEditing] = useState(value !== null);
  const [draft, setDraft] = useState<Draft>(() => toDraft(value));
  const [removing, setRemoving] = useState(false);
  const save = useDirectoryMutation((bh: BusinessHoursDto | null) => businessHoursApi.set(inboxId, bh), queryKeys.businessHours(inboxId), 'Business hours saved');
  const setDay = (key: Day, text: string) => setDraft((d) => ({ ...d, weekly: { ...d.weekly, [key]: text } }));
  const setException = (index: number, patch: Partial<ExceptionRow>) =>
    setDraft((d) => ({ ...d, exceptions: d.exceptions.map((e, i) => (i === index ? { ...e, ...patch } : e)) }));
  if (!editing) {
    return (
      <EmptyState title="No business hours" description="This inbox is treated as always open."
        action={<Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing(true)}>Set business hours</Button>} />
    );
  }
  return (
    <Box component="form" noValidate aria-label="Business hours" sx={{ p: 2 }} onSubmit={(e) => { e.preventDefault(); save.mutate(fromDraft(draft)); }}>
      <Stack spacing={2}>
        {save.error ? <Alert severity="error" sx={{ whiteSpace: 'pre-line' }}>{errorMessage(save.error)}</Alert> : null}
        <TextField label="Time zone" value={draft.timeZone} onChange={(e) => setDraft((d) => ({ ...d, timeZone: e.target.value }))} size="small" required
          helperText="IANA name, e.g. Europe/Madrid or America/New_York" sx={{ maxWidth: 360 }} />
        <Typography variant="subtitle2" component="h2">Weekly hours</Typography>
        {DAYS.map((d) => (
          <TextField key={d.key} label={d.label} value={draft.weekly[d.key]} onChange={(e) => setDay(d.key, e.target.value)} size="small" sx={{ maxWidth: 360 }}
            placeholder="Closed" helperText={d.key === '1' ? 'HH:mm-HH:mm, several separated by commas; empty = closed' : undefined} slotProps={{ inputLabel: { shrink: true } }} />
        ))}
        <Typography variant="subtitle2" component="h2">Exceptions (holidays, special days)</Typography>
        {draft.exceptions.length === 0 && <Typography variant="body2" color="text.secondary">No exceptions.</Typography>}
        {draft.exceptions.map((ex, i) => (
          <Stack key={i} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
            <TextField label="Date" type="date" value={ex.date} onChange={(e) => setException(i, { date: e.target.value })} size="small" slotProps={{ inputLabel: { shrink: true } }} />
            <TextField label="Hours" value={ex.hours} onChange={(e) => setException(i, { hours: e.target.value })} size="small" placeholder="Closed" slotProps={{ inputLabel: { shrink: true } }} />
            <TextField label="Label" value={ex.label} onChange={(e) => setException(i, { label: e.target.value })} size="small" />
            <IconButton aria-label={`Remove exception ${ex.date || i + 1}`} onClick={() => setDraft((d) => ({ ...d, exceptions: d.exceptions.filter((_, j) => j !== i) }))}>
              <DeleteIcon />
            </IconButton>
          </Stack>
        ))}
        <Box>
          <Button startIcon={<AddIcon />} onClick={() => setDraft((d) => ({ ...d, exceptions: [...d.exceptions, { date: '', hours: '', label: '' }] }))}>Add exception</Button>
        </Box>
        <Stack direction="row" spacing={1}>
          <Button type="submit" variant="contained" disabled={save.isPending}>{save.isPending ? 'Saving…' : 'Save business hours'}</Button>
          {value ? <Button color="error" onClick={() => setRemoving(true)}>Remove business hours</Button> : <Button onClick={() => setEditing(false)}>Cancel</Button>}
        </Stack>
      </Stack>
      <ConfirmDialog open={removing} title="Remove business hours?" description="The inbox will be treated as always open." confirmLabel="Remove" destructive
        busy={save.isPending} onConfirm={() => save.mutate(null, { onSuccess: () => setRemoving(false) })} onClose={() => setRemoving(false)} />
    </Box>
  );
}
