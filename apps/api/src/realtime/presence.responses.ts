import type { PresenceDto, PresenceStatus } from '@parley/contracts';
import { EnumProp, IdProp } from '../http/response-props.js';

export class PresenceResponse implements PresenceDto {
  @IdProp() userId: string;
  @EnumProp(['online', 'away', 'offline'], 'online') availability: PresenceStatus;
}
