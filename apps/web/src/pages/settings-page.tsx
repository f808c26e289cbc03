import { Navigate, Route, Routes } from 'react-router';
import { AuditLogPage } from '../modules/audit-log/components/audit-log-page';
import { RoleGuard } from '../modules/auth/components/role-guard';
import { AutoRepliesSettings } from '../modules/settings/components/automation/auto-replies-settings';
import { BusinessHoursSettings } from '../modules/settings/components/automation/business-hours-settings';
import { SlaPoliciesSettings } from '../modules/settings/components/automation/sla-policies-settings';
import { InboxesSettings } from '../modules/settings/components/inboxes/inboxes-settings';
import { QuickRepliesSettings } from '../modules/settings/components/quick-replies/quick-replies-settings';
import { SettingsLayout } from '../modules/settings/components/settings-layout';
import { TagsSettings } from '../modules/settings/components/tags/tags-settings';
import { TeamsSettings } from '../modules/settings/components/teams/teams-settings';
import { UsersSettings } from '../modules/settings/components/users/users-settings';

/** Lazy-loaded; admins and managers only (the API enforces the same). */
export default function SettingsPage() {
  return (
    <RoleGuard roles={['admin', 'manager']}>
      <Routes>
        <Route element={<SettingsLayout />}>
          <Route index element={<Navigate to="/settings/inboxes" replace />} />
          <Route path="inboxes" element={<InboxesSettings />} />
          <Route path="teams" element={<TeamsSettings />} />
          <Route path="users" element={<UsersSettings />} />
          <Route path="tags" element={<TagsSettings />} />
          <Route path="quick-replies" element={<QuickRepliesSettings />} />
          <Route path="business-hours" element={<BusinessHoursSettings />} />
          <Route path="auto-replies" element={<AutoRepliesSettings />} />
          <Route path="sla-policies" element={<SlaPoliciesSettings />} />
          <Route path="audit-log" element={<RoleGuard roles={['admin']}><AuditLogPage /></RoleGuard>} />
          {/* absolute: relative to the unmatched URL, "inboxes" would append itself forever */}
          <Route path="*" element={<Navigate to="/settings/inboxes" replace />} />
        </Route>
      </Routes>
    </RoleGuard>
  );
}
