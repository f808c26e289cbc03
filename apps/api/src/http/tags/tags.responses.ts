import type { TagDto } from '@parley/contracts';
import { IdProp, StrProp } from '../response-props.js';

export class TagResponse implements TagDto {
  @IdProp() id: string;
  @StrProp('refund') name: string;
  @StrProp('#1e88e5', { nullable: true }) color: string | null;
}
