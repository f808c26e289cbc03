import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import type { InboxDto } from '@parley/contracts';
import { CopyField } from '../../../ui/components/copy-field';
import { UnknownAccountsNotice } from './unknown-accounts-notice';

export type InboxConnectionDetailsProps = { inbox: InboxDto };

/** What the admin pastes into the platform's (or the bridge's) webhook settings. */
export function InboxConnectionDetails({ inbox }: InboxConnectionDetailsProps) {
  const origin = window.location.origin;
  return (
    <Stack spacing={2}>
      {inbox.appWebhookPath && (
        <CopyField
          label="App webhook URL (recommended)"
          value={`${origin}${inbox.appWebhookPath}`}
          helperText="Paste once per Meta app and product: it serves every Page, Instagram account or WhatsApp number of the app, each routed to its inbox"
        />
      )}
      <CopyField
        label={inbox.appWebhookPath ? 'This inbox’s own webhook URL' : 'Webhook URL'}
        value={`${origin}${inbox.webhookPath}`}
        helperText={inbox.appWebhookPath ? 'Still works; events it receives for the app’s other accounts reach their own inboxes' : undefined}
      />
      {inbox.verifyToken && <CopyField label="Verify token" value={inbox.verifyToken} helperText="Meta asks for it when you subscribe the webhook" />}
      {inbox.credentialsInvalid && (
        <Alert severity="error">The platform rejected the stored credentials. Paste a fresh access token to resume sending.</Alert>
      )}
      {inbox.appWebhookPath && <UnknownAccountsNotice inboxId={inbox.id} />}
    </Stack>
  );
}
