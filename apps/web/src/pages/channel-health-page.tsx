import { RoleGuard } from '../modules/auth/components/role-guard';
import { ChannelHealthPanel } from '../modules/channel-health/components/channel-health-panel';

export default function ChannelHealthPage() {
  return (
    <RoleGuard roles={['admin', 'manager']}>
      <ChannelHealthPanel />
    </RoleGuard>
  );
}
