import { InboxWorkspace } from '../modules/inbox/components/inbox-workspace';

export function InboxPage() {
  return <InboxWorkspace />;
}
