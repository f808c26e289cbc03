/**
 * The audit log: every admin and privacy action, who did it, when, from where. Entries are appended and
 * read, never edited (the database refuses UPDATE and DELETE on the table).
 */
export const AUDIT_ACTIONS = [
  'user.created', 'user.role_changed', 'user.deactivated', 'user.reactivated', 'user.password_changed',
  'inbox.created', 'inbox.updated', 'inbox.secrets_changed', 'inbox.deleted', 'inbox.members_changed', 'inbox.retention_changed',
  'team.created', 'team.deleted', 'team.members_changed',
  'conversation.deleted', 'conversation.deleted_with_contact',
  'contact.exported', 'contact.erased',
  'retention.purged',
  'api_token.created', 'api_token.revoked',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntryDto {
  id: string;
  action: AuditAction;
  targetType: string;
  targetId: string;
  /** null for the system's own actions (the nightly retention) */
  actor: { id: string; name: string; email: string } | null;
  /** the address the request came from (behind a trusted proxy, the client's) */
  ip: string | null;
  /** ids, counts and the names of changed fields; never secrets or message content */
  data: Record<string, unknown>;
  createdAt: string;
}

export interface AuditLogQuery {
  action?: AuditAction;
  actorId?: string;
  targetType?: string;
  targetId?: string;
  /** ISO date-times, inclusive from, exclusive to */
  from?: string;
  to?: string;
  cursor?: string;
  limit?: number;
}
