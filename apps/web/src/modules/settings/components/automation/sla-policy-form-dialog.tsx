import { useState } from 'react';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { PRIORITIES, type Priority, type SlaPolicyDto } from '@parley/contracts';
import { useInboxes, useTags, useTeams } from '../../../directory/hooks/use-directory';
import { useDirectoryMutation } from '../../../directory/hooks/use-directory-mutation';
import { queryKeys } from '../../../http/query-keys';
import type { CreateSlaPolicyRequest } from '@parley/contracts';
import { slaPoliciesApi } from '../../api/automation.api';
import { hasErrors, rules, type Errors } from '../../utils/validators';
import { FormDialog } from '../form-dialog';

export type SlaPolicyFormDialogProps = { policy?: SlaPolicyDto; defaultInboxId: string; onClose: () => void };

const str = (n: number | null | undefined) => (n == null ? '' : String(n));
const minutesError = (label: string, v: string) =>
  v === '' ? undefined : /^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 525_600 ? undefined : `${label} must be whole minutes between 1 and 525600`;

export function SlaPolicyFormDialog({ policy, defaultInboxId, onClose }: SlaPolicyFormDialogProps) {
  const inboxes = useInboxes();
  const tags = useTags();
  const teams = useTeams();
  const [name, setName] = useState(policy?.name ?? '');
  const [inboxId, setInboxId] = useState(policy?.inboxId ?? defaultInboxId);
  const [first, setFirst] = useState(str(policy?.firstResponseMinutes));
  const [next, setNext] = useState(str(policy?.nextResponseMinutes));
  const [resolution, setResolution] = useState(str(policy?.resolutionMinutes));
  const [businessHoursOnly, setBusinessHoursOnly] = useState(policy?.businessHoursOnly ?? false);
  const [reminder, setReminder] = useState(str(policy?.reminderLeadMinutes ?? 15));
  const [tagId, setTagId] = useState(policy?.tagId ?? '');
  const [priority, setPriority] = useState<Priority | ''>(policy?.priority ?? '');
  const [escalatePriority, setEscalatePriority] = useState<Priority | ''>(policy?.escalatePriority ?? '');
  const [escalateTeamId, setEscalateTeamId] = useState(policy?.escalateTeamId ?? '');
  const [enabled, setEnabled] = useState(policy?.enabled ?? true);
  const [touched, setTouched] = useState(false);
  const save = useDirectoryMutation(
    (input: CreateSlaPolicyRequest) => {
      if (!policy) return slaPoliciesApi.create(input);
      const { inboxId: _inbox, ...rest } = input;
      void _inbox;
      return slaPoliciesApi.update(policy.id, rest);
    },
    queryKeys.slaPolicies,
    'SLA policy saved',
  );
  const errors: Errors<'name' | 'inboxId' | 'first' | 'next' | 'resolution' | 'reminder'> = {
    name: rules.required('name', 120)(name),
    inboxId: inboxId ? undefined : 'Pick the inbox this policy applies to',
    first: minutesError('First response', first),
    next: minutesError('Next response', next),
    resolution: minutesError('Resolution', resolution),
    reminder: /^\d+$/.test(reminder) && Number(reminder) <= 10_080 ? undefined : 'Reminder lead must be whole minutes between 0 and 10080',
  };
  const shown = (f: keyof typeof errors) => (touched ? errors[f] : undefined);
  const num = (v: string) => (v === '' ? null : Number(v));
  const submit = () => {
    setTouched(true);
    if (hasErrors(errors)) return;
    save.mutate({
      name: name.trim(), inboxId, firstResponseMinutes: num(first), nextResponseMinutes: num(next), resolutionMinutes: num(resolution),
      businessHoursOnly, reminderLeadMinutes: Number(reminder), tagId: tagId || null, priority: priority || null,
      escalatePriority: escalatePriority || null, escalateTeamId: escalateTeamId || null, enabled,
    }, { onSuccess: onClose });
  };
  const minutesField = (label: string, value: string, set: (v: string) => void, key: 'first' | 'next' | 'resolution') => (
    <TextField label={label} type="number" value={value} onChange={(e) => set(e.target.value)} size="small" error={Boolean(shown(key))}
      helperText={shown(key) ?? 'Minutes; empty = no target'} slotProps={{ htmlInput: { min: 1 } }} sx={{ flex: 1 }} />
  );
  return (
    <FormDialog open title={policy ? 'Edit SLA policy' : 'New SLA policy'} submitLabel="Save" busy={save.isPending} error={save.error} onSubmit={submit} onClose={onClose}>
      <TextField label="Name" value={name} onChange={(e) => setName(e.target.value)} error={Boolean(shown('name'))} helperText={shown('name')} required autoFocus size="small" />
      <TextField select label="Inbox" value={inboxes.data ? inboxId : ''} onChange={(e) => setInboxId(e.target.value)} size="small" required disabled={Boolean(policy)}
        error={Boolean(shown('inboxId'))} helperText={shown('inboxId') ?? (policy ? 'The inbox is set when the policy is created' : undefined)}>
        {(inboxes.data ?? []).map((i) => <MenuItem key={i.id} value={i.id}>{i.name}</MenuItem>)}
      </TextField>
      <Stack direction="row" spacing={1}>
        {minutesField('First response', first, setFirst, 'first')}
        {minutesField('Next response', next, setNext, 'next')}
        {minutesField('Resolution', resolution, setResolution, 'resolution')}
      </Stack>
      <TextField label="Reminder lead (minutes)" type="number" value={reminder} onChange={(e) => setReminder(e.target.value)} size="small" error={Boolean(shown('reminder'))}
        helperText={shown('reminder') ?? 'Warn the assignee this long before a target is due; 0 = no reminder'} slotProps={{ htmlInput: { min: 0 } }} />
      <FormControlLabel control={<Switch checked={businessHoursOnly} onChange={(e) => setBusinessHoursOnly(e.target.checked)} />} label="Count business hours only" />
      <Stack direction="row" spacing={1}>
        <TextField select label="Only with tag" value={tags.data ? tagId : ''} onChange={(e) => setTagId(e.target.value)} size="small" sx={{ flex: 1 }}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}>
          <MenuItem value="">Any tag</MenuItem>
          {(tags.data ?? []).map((t) => <MenuItem key={t.id} value={t.id}>{t.name}</MenuItem>)}
        </TextField>
        <TextField select label="Only with priority" value={priority} onChange={(e) => setPriority(e.target.value as Priority | '')} size="small" sx={{ flex: 1 }}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}>
          <MenuItem value="">Any priority</MenuItem>
          {PRIORITIES.map((p) => <MenuItem key={p} value={p}>{p}</MenuItem>)}
        </TextField>
      </Stack>
      <Stack direction="row" spacing={1}>
        <TextField select label="On breach, set priority" value={escalatePriority} onChange={(e) => setEscalatePriority(e.target.value as Priority | '')} size="small" sx={{ flex: 1 }}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}>
          <MenuItem value="">Don't change</MenuItem>
          {PRIORITIES.map((p) => <MenuItem key={p} value={p}>{p}</MenuItem>)}
        </TextField>
        <TextField select label="On breach, assign team" value={teams.data ? escalateTeamId : ''} onChange={(e) => setEscalateTeamId(e.target.value)} size="small" sx={{ flex: 1 }}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}>
          <MenuItem value="">Don't reassign</MenuItem>
          {(teams.data ?? []).map((t) => <MenuItem key={t.id} value={t.id}>{t.name}</MenuItem>)}
        </TextField>
      </Stack>
      <FormControlLabel control={<Switch checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />} label="Enabled" />
    </FormDialog>
  );
}
