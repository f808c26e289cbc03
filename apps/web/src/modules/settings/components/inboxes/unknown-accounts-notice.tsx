import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { formatDateTime } from '../../../ui/utils/format-time';
import { useUnknownAccounts } from '../../hooks/use-unknown-accounts';

export type UnknownAccountsNoticeProps = { inboxId: string };

/**
 * Meta sends the app's events for every account it serves; those for an account that no inbox is
 * connected to are answered and stored nowhere. This tells the admin which account still needs an inbox.
 */
export function UnknownAccountsNotice({ inboxId }: UnknownAccountsNoticeProps) {
  const { data } = useUnknownAccounts(inboxId, true);
  if (!data) return null;
  if (data.events === 0) {
    return <Typography variant="body2" color="text.secondary">No events for unconnected accounts so far.</Typography>;
  }
  return (
    <Alert severity="warning" data-testid="unknown-accounts">
      {data.events} {data.events === 1 ? 'event' : 'events'} signed with this app’s secret named an account that no inbox is connected to
      (nothing was stored). Create an inbox for it to receive its messages. Latest:
      <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
        {data.recent.map((a) => (
          <li key={a.accountId}><code>{a.accountId}</code> · {a.events} · last {formatDateTime(a.lastSeenAt)}</li>
        ))}
      </ul>
    </Alert>
  );
}
