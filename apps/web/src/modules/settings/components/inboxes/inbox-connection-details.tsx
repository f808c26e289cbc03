import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import type { InboxDto } from '@parley/contracts';
import { CopyField } from '../../../ui/components/copy-field';

export type InboxConnectionDetailsProps = { inbox: InboxDto };

/** What the admin pastes into the platform's (or the bridge's) webhook settings. */
export function InboxConnectionDetails({ inbox }: InboxConnectionDetailsProps) {
  return (
    <Stack spacing={2}>
      <CopyField label="Webhook URL" value={`${window.location.origin}${inbox.webhookPath}`} />
      {inbox.verifyToken && <CopyField label="Verify token" value={inbox.verifyToken} helperText="Meta asks for it when you subscribe the webhook" />}
      {inbox.credentialsInvalid && (
        <Alert severity="error">The platform rejected the stored credentials. Paste a fresh access token to resume sending.</Alert>
      )}
    </Stack>
  );
}
