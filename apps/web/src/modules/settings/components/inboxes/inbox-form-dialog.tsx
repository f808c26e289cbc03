import { useState } from 'react';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { CHANNEL_TYPES, type ChannelType, type InboxDto } from '@parley/contracts';
import { channelLabel } from '../../../conversations/components/channel-icon';
import type { CreateInboxRequest, UpdateInboxRequest } from '@parley/contracts';
import { inboxesApi } from '../../../directory/api/directory.api';
import { useDirectoryMutation } from '../../../directory/hooks/use-directory-mutation';
import { queryKeys } from '../../../http/query-keys';
import { randomSecret } from '../../utils/random-secret';
import { hasErrors, rules, type Errors } from '../../utils/validators';
import { FormDialog } from '../form-dialog';
import { SecretField } from './secret-field';

export type InboxFormDialogProps = { inbox?: InboxDto; onSaved: (inbox: InboxDto) => void; onClose: () => void };

const ACCOUNT_LABEL: Record<ChannelType, string> = {
  messenger: 'Facebook Page ID', instagram: 'Instagram account ID', whatsapp: 'WhatsApp phone number ID', api: 'External account ID (optional)',
};

type Field = 'name' | 'platformAccountId' | 'appSecret' | 'verifyToken';

/** Create or edit an inbox. Secrets are write-only: on edit, a blank field keeps the stored value. */
export function InboxFormDialog({ inbox, onSaved, onClose }: InboxFormDialogProps) {
  const editing = Boolean(inbox);
  const [name, setName] = useState(inbox?.name ?? '');
  const [channel, setChannel] = useState<ChannelType>(inbox?.channel ?? 'messenger');
  const [platformAccountId, setPlatformAccountId] = useState(inbox?.platformAccountId ?? '');
  const [appSecret, setAppSecret] = useState('');
  const [accessToken, setAccessToken] = useState('');
  const [verifyToken, setVerifyToken] = useState(inbox?.verifyToken ?? (editing ? '' : randomSecret(18)));
  const [unarchive, setUnarchive] = useState(inbox?.unarchiveOnIncoming ?? true);
  const [touched, setTouched] = useState(false);
  const save = useDirectoryMutation(
    (input: UpdateInboxRequest) => (inbox ? inboxesApi.update(inbox.id, input) : inboxesApi.create(input as CreateInboxRequest)),
    queryKeys.inboxes,
    editing ? 'Inbox saved' : 'Inbox created',
  );

  const errors: Errors<Field> = {
    name: rules.required('name', 120)(name),
    platformAccountId: rules.platformAccountId(platformAccountId),
    appSecret: editing && appSecret === '' ? undefined : rules.appSecret(appSecret),
    verifyToken: rules.verifyToken(verifyToken),
  };
  const shown = (f: Field) => (touched ? errors[f] : undefined);

  const submit = () => {
    setTouched(true);
    if (hasErrors(errors)) return;
    const input: UpdateInboxRequest = { name: name.trim(), unarchiveOnIncoming: unarchive };
    if (!editing) input.channel = channel;
    if (platformAccountId) input.platformAccountId = platformAccountId;
    if (appSecret) input.appSecret = appSecret;
    if (accessToken) input.accessToken = accessToken;
    if (verifyToken && verifyToken !== inbox?.verifyToken) input.verifyToken = verifyToken;
    save.mutate(input, { onSuccess: onSaved });
  };

  const pickChannel = (next: ChannelType) => {
    setChannel(next);
    // The API channel's secret is ours to make up: generate it so the admin can copy it into the bridge.
    if (next === 'api' && !appSecret) setAppSecret(randomSecret());
  };

  return (
    <FormDialog open title={editing ? `Edit ${inbox?.name}` : 'Connect a channel'} submitLabel={editing ? 'Save' : 'Create inbox'} busy={save.isPending} error={save.error} onSubmit={submit} onClose={onClose}>
      <TextField label="Name" value={name} onChange={(e) => setName(e.target.value)} error={Boolean(shown('name'))} helperText={shown('name')} required size="small" autoFocus />
      <TextField select label="Channel" value={channel} onChange={(e) => pickChannel(e.target.value as ChannelType)} disabled={editing} size="small" helperText={editing ? 'The channel of an inbox cannot change' : undefined}>
        {CHANNEL_TYPES.map((c) => <MenuItem key={c} value={c}>{channelLabel(c)}</MenuItem>)}
      </TextField>
      <TextField label={ACCOUNT_LABEL[channel]} value={platformAccountId} onChange={(e) => setPlatformAccountId(e.target.value.trim())} error={Boolean(shown('platformAccountId'))} helperText={shown('platformAccountId')} size="small" />
      <SecretField
        label={channel === 'api' ? 'Signing secret' : 'App secret'}
        value={appSecret}
        onChange={setAppSecret}
        error={shown('appSecret')}
        required={!editing}
        generate={channel === 'api'}
        helperText={
          editing
            ? `${inbox?.hasAppSecret ? 'A secret is stored.' : 'No secret stored.'} Leave blank to keep it.`
            : channel === 'api' ? 'Copy it now: your bridge signs webhooks with it, and Parley never shows it again.' : 'From your Meta app settings; used to check webhook signatures.'
        }
      />
      {channel !== 'api' && (
        <SecretField
          label="Access token"
          value={accessToken}
          onChange={setAccessToken}
          helperText={editing ? `${inbox?.hasAccessToken ? 'A token is stored.' : 'No token stored.'} Leave blank to keep it.` : 'The page or system-user token used to send replies.'}
        />
      )}
      <SecretField label="Verify token" value={verifyToken} onChange={setVerifyToken} error={shown('verifyToken')} generate helperText="Meta sends it back when you subscribe the webhook (8+ characters)." />
      <FormControlLabel control={<Switch checked={unarchive} onChange={(e) => setUnarchive(e.target.checked)} />} label="Un-archive a conversation when the customer writes again" />
    </FormDialog>
  );
}
