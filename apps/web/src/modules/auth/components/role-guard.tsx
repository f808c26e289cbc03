import type { ReactNode } from 'react';
import type { UserRole } from '@parley/contracts';
import { EmptyState } from '../../ui/components/empty-state';
import { useCurrentUser } from '../hooks/use-current-user';

export type RoleGuardProps = { roles: UserRole[]; children: ReactNode };

export function RoleGuard({ roles, children }: RoleGuardProps) {
  const user = useCurrentUser();
  if (!roles.includes(user.role)) {
    return <EmptyState title="You don't have access to this page" description="Ask an admin or a manager if you need it." />;
  }
  return <>{children}</>;
}
