import { AUDIT_ACTIONS, type AuditAction, type AuditLogQuery } from '@parley/contracts';
import { DateTime, Id, OneOf, QueryInt, Text } from '../fields.js';

export class AuditLogQueryDto implements AuditLogQuery {
  @OneOf(AUDIT_ACTIONS, { optional: true, example: 'user.role_changed' }) action?: AuditAction;
  @Id({ optional: true, example: '3f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a5b', message: 'actorId must be a user id' }) actorId?: string;
  @Text({ optional: true, max: 40, pattern: /^[a-z_]{1,40}$/, example: 'inbox', message: 'targetType must be a kind of thing, such as contact or inbox' })
  targetType?: string;
  @Text({ optional: true, max: 200, example: '9b2f4a1e-3c5d-4e6f-8a7b-1c2d3e4f5a6b' }) targetId?: string;
  @DateTime({ optional: true, strict: true, example: '2026-03-01T00:00:00Z', message: 'from must be an ISO 8601 date-time, e.g. 2026-03-01T00:00:00Z' }) from?: string;
  @DateTime({ optional: true, strict: true, example: '2026-03-31T00:00:00Z', message: 'to must be an ISO 8601 date-time, e.g. 2026-03-31T00:00:00Z' }) to?: string;
  @Text({ optional: true, min: 0, max: 20, example: '1042', description: 'nextCursor of the previous page' }) cursor?: string;
  @QueryInt({ optional: true, min: 1, max: 200, example: 50, maxMessage: 'limit must not be greater than 200' }) limit?: number;
}
