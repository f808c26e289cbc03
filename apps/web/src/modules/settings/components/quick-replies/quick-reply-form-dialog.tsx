import { useState } from 'react';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { QUICK_REPLY_SCOPES, type QuickReplyDto, type QuickReplyScope } from '@parley/contracts';
import { canManage, useCurrentUser } from '../../../auth/hooks/use-current-user';
import type { CreateQuickReplyRequest } from '@parley/contracts';
import { quickRepliesApi } from '../../../directory/api/directory.api';
import { useTeams } from '../../../directory/hooks/use-directory';
import { useDirectoryMutation } from '../../../directory/hooks/use-directory-mutation';
import { queryKeys } from '../../../http/query-keys';
import { hasErrors, rules, type Errors } from '../../utils/validators';
import { FormDialog } from '../form-dialog';

export type QuickReplyFormDialogProps = { reply?: QuickReplyDto; onClose: () => void };

const SCOPE_LABEL: Record<QuickReplyScope, string> = { global: 'Everyone', team: 'One team', personal: 'Only me' };

export function QuickReplyFormDialog({ reply, onClose }: QuickReplyFormDialogProps) {
  const me = useCurrentUser();
  const teams = useTeams();
  const [shortcut, setShortcut] = useState(reply?.shortcut ?? '');
  const [title, setTitle] = useState(reply?.title ?? '');
  const [body, setBody] = useState(reply?.body ?? '');
  const [scope, setScope] = useState<QuickReplyScope>(reply?.scope ?? (canManage(me) ? 'global' : 'personal'));
  const [teamId, setTeamId] = useState(reply?.teamId ?? '');
  const [touched, setTouched] = useState(false);
  const save = useDirectoryMutation(
    (input: CreateQuickReplyRequest) => (reply
      // A reply's scope and team are fixed once created: an edit sends only what may change.
      ? quickRepliesApi.update(reply.id, { shortcut: input.shortcut, title: input.title, body: input.body })
      : quickRepliesApi.create(input)),
    queryKeys.quickReplies,
    'Quick reply saved',
  );
  const errors: Errors<'shortcut' | 'title' | 'body' | 'teamId'> = {
    shortcut: rules.shortcut(shortcut),
    title: rules.required('title', 120)(title),
    body: rules.required('body', 4000)(body),
    teamId: scope === 'team' && !teamId ? 'Pick the team that shares this reply' : undefined,
  };
  const shown = (f: keyof typeof errors) => (touched ? errors[f] : undefined);
  const submit = () => {
    setTouched(true);
    if (hasErrors(errors)) return;
    save.mutate({ shortcut, title: title.trim(), body, scope, ...(scope === 'team' ? { teamId } : {}) }, { onSuccess: onClose });
  };
  return (
    <FormDialog open title={reply ? 'Edit quick reply' : 'New quick reply'} submitLabel="Save" busy={save.isPending} error={save.error} onSubmit={submit} onClose={onClose}>
      <TextField label="Shortcut" value={shortcut} onChange={(e) => setShortcut(e.target.value.replace(/^\//, ''))} error={Boolean(shown('shortcut'))}
        helperText={shown('shortcut') ?? 'Agents type /shortcut in the composer'} required autoFocus size="small" slotProps={{ input: { startAdornment: <span aria-hidden>/</span> } }} />
      <TextField label="Title" value={title} onChange={(e) => setTitle(e.target.value)} error={Boolean(shown('title'))} helperText={shown('title')} required size="small" />
      <TextField label="Text" value={body} onChange={(e) => setBody(e.target.value)} error={Boolean(shown('body'))} multiline minRows={4} required
        helperText={shown('body') ?? 'Variables: {{contact.name}}, {{agent.name}}, or your own like {{order.number}} (the agent is asked for it)'} />
      <TextField select label="Shared with" value={scope} onChange={(e) => setScope(e.target.value as QuickReplyScope)} size="small" disabled={Boolean(reply)}
        helperText={reply ? 'The scope is set when the reply is created' : undefined}>
        {QUICK_REPLY_SCOPES.map((s) => <MenuItem key={s} value={s} disabled={s !== 'personal' && !canManage(me)}>{SCOPE_LABEL[s]}</MenuItem>)}
      </TextField>
      {scope === 'team' && (
        <TextField select label="Team" value={teamId} onChange={(e) => setTeamId(e.target.value)} error={Boolean(shown('teamId'))} helperText={shown('teamId')} size="small" disabled={Boolean(reply)}>
          {(teams.data ?? []).map((t) => <MenuItem key={t.id} value={t.id}>{t.name}</MenuItem>)}
        </TextField>
      )}
    </FormDialog>
  );
}
