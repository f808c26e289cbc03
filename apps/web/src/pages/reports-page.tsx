import { RoleGuard } from '../modules/auth/components/role-guard';
import { ReportsDashboard } from '../modules/reports/components/reports-dashboard';

/** Lazy-loaded: the charts library only downloads when a manager opens this page. */
export default function ReportsPage() {
  return (
    <RoleGuard roles={['admin', 'manager']}>
      <ReportsDashboard />
    </RoleGuard>
  );
}
