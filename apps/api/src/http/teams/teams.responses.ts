import type { TeamDto } from '@parley/contracts';
import { IdProp, IdsProp, StrProp } from '../response-props.js';

export class TeamResponse implements TeamDto {
  @IdProp() id: string;
  @StrProp('Returns') name: string;
  @IdsProp() memberIds: string[];
}
