import { TAG_COLOR_PATTERN, TAG_LIMITS, type CreateTagRequest, type UpdateTagRequest } from '@parley/contracts';
import { Text } from '../fields.js';

const COLOR = { max: 7, pattern: TAG_COLOR_PATTERN, example: '#1e88e5', message: 'color must be a hex color like #1e88e5' };

export class CreateTagBody implements CreateTagRequest {
  @Text({ max: TAG_LIMITS.name, example: 'refund' }) name: string;
  @Text({ optional: true, nullable: true, ...COLOR }) color?: string | null;
}

export class UpdateTagBody implements UpdateTagRequest {
  @Text({ optional: true, max: TAG_LIMITS.name, example: 'refund' }) name?: string;
  @Text({ optional: true, nullable: true, ...COLOR }) color?: string | null;
}
