import { AUDIT_ACTIONS, type AuditAction, type AuditEntryDto, type PageDto } from '@parley/contracts';
import { EnumProp, IdProp, JsonProp, ListProp, ObjProp, StrProp, TimeProp } from '../response-props.js';

export class AuditActorResponse {
  @IdProp() id: string;
  @StrProp('Ana Souza') name: string;
  @StrProp('ana@example.com') email: string;
}

export class AuditEntryResponse implements AuditEntryDto {
  @StrProp('1042') id: string;
  @EnumProp(AUDIT_ACTIONS, 'user.role_changed') action: AuditAction;
  @StrProp('user') targetType: string;
  @StrProp('3f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a5b') targetId: string;
  @ObjProp(() => AuditActorResponse, { nullable: true, description: 'null: the system (the nightly retention)' }) actor: AuditActorResponse | null;
  @StrProp('203.0.113.7', { nullable: true }) ip: string | null;
  @JsonProp({ from: 'agent', to: 'manager' }, { description: 'ids, counts and names of changed fields; never secrets or message content' })
  data: Record<string, unknown>;
  @TimeProp() createdAt: string;
}

export class AuditPageResponse implements PageDto<AuditEntryDto> {
  @ListProp(() => AuditEntryResponse, { description: 'newest first' }) items: AuditEntryResponse[];
  @StrProp('1042', { nullable: true, description: 'pass back as cursor for the next page; null at the end' }) nextCursor: string | null;
}
