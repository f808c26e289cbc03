import { useState } from 'react';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { AUTO_REPLY_TRIGGERS, type AutoReplyRuleDto, type AutoReplyTrigger } from '@parley/contracts';
import { useDirectoryMutation } from '../../../directory/hooks/use-directory-mutation';
import { queryKeys } from '../../../http/query-keys';
import type { CreateAutoReplyRequest } from '@parley/contracts';
import { autoRepliesApi } from '../../api/automation.api';
import { hasErrors, rules, type Errors } from '../../utils/validators';
import { FormDialog } from '../form-dialog';

export const TRIGGER_LABEL: Record<AutoReplyTrigger, string> = {
  first_message: 'First message of a conversation',
  outside_hours: 'Message outside business hours',
  keyword: 'Message matches keywords',
};

export type AutoReplyFormDialogProps = { inboxId: string; rule?: AutoReplyRuleDto; nextPosition: number; onClose: () => void };

export function AutoReplyFormDialog({ inboxId, rule, nextPosition, onClose }: AutoReplyFormDialogProps) {
  const [trigger, setTrigger] = useState<AutoReplyTrigger>(rule?.trigger ?? 'first_message');
  const [keywords, setKeywords] = useState(rule?.keywords.join(', ') ?? '');
  const [pattern, setPattern] = useState(rule?.pattern ?? '');
  const [body, setBody] = useState(rule?.body ?? '');
  const [enabled, setEnabled] = useState(rule?.enabled ?? true);
  const [position, setPosition] = useState(String(rule?.position ?? nextPosition));
  const [touched, setTouched] = useState(false);
  const save = useDirectoryMutation(
    (input: CreateAutoReplyRequest) => (rule ? autoRepliesApi.update(inboxId, rule.id, input) : autoRepliesApi.create(inboxId, input)),
    queryKeys.autoReplies(inboxId),
    'Auto-reply saved',
  );
  const keywordList = keywords.split(',').map((k) => k.trim()).filter(Boolean);
  const errors: Errors<'body' | 'keywords' | 'pattern' | 'position'> = {
    body: rules.required('body', 2000)(body),
    keywords: trigger === 'keyword' && keywordList.length === 0 && !pattern.trim() ? 'Give at least one keyword or a pattern' : keywordList.length > 50 ? 'At most 50 keywords' : undefined,
    pattern: pattern.length > 500 ? 'pattern must be at most 500 characters' : undefined,
    position: /^\d+$/.test(position) ? undefined : 'order must be a whole number, 0 or more',
  };
  const shown = (f: keyof typeof errors) => (touched ? errors[f] : undefined);
  const submit = () => {
    setTouched(true);
    if (hasErrors(errors)) return;
    save.mutate(
      { trigger, body, keywords: trigger === 'keyword' ? keywordList : [], pattern: trigger === 'keyword' && pattern.trim() ? pattern.trim() : null, enabled, position: Number(position) },
      { onSuccess: onClose },
    );
  };
  return (
    <FormDialog open title={rule ? 'Edit auto-reply' : 'New auto-reply'} submitLabel="Save" busy={save.isPending} error={save.error} onSubmit={submit} onClose={onClose}>
      <TextField select label="Trigger" value={trigger} onChange={(e) => setTrigger(e.target.value as AutoReplyTrigger)} size="small">
        {AUTO_REPLY_TRIGGERS.map((t) => <MenuItem key={t} value={t}>{TRIGGER_LABEL[t]}</MenuItem>)}
      </TextField>
      {trigger === 'keyword' && (
        <>
          <TextField label="Keywords" value={keywords} onChange={(e) => setKeywords(e.target.value)} size="small" error={Boolean(shown('keywords'))}
            helperText={shown('keywords') ?? 'Comma separated, e.g. price, opening hours'} />
          <TextField label="Pattern" value={pattern} onChange={(e) => setPattern(e.target.value)} size="small" error={Boolean(shown('pattern'))}
            helperText={shown('pattern') ?? 'Optional regular expression, e.g. \\border\\s*#?\\d+'} />
        </>
      )}
      <TextField label="Reply text" value={body} onChange={(e) => setBody(e.target.value)} error={Boolean(shown('body'))} multiline minRows={4} required
        helperText={shown('body') ?? 'Variables: {{contact.first_name}}, {{contact.name}}'} />
      <TextField label="Order" type="number" value={position} onChange={(e) => setPosition(e.target.value)} size="small" error={Boolean(shown('position'))}
        helperText={shown('position') ?? 'Rules are tried from the lowest number'} slotProps={{ htmlInput: { min: 0 } }} />
      <FormControlLabel control={<Switch checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />} label="Enabled" />
    </FormDialog>
  );
}
