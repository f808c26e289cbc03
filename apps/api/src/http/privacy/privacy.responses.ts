import { ApiProperty } from '@nestjs/swagger';
import type { ContactExportDto, ErasureResultDto, RetentionDto, RetentionPreviewDto } from '@parley/contracts';
import { IdProp, IntProp, JsonProp, TimeProp } from '../response-props.js';

export class ContactExportResponse implements Pick<ContactExportDto, 'exportedAt'> {
  @TimeProp() exportedAt: string;
  @JsonProp({ id: '9b2f4a1e-3c5d-4e6f-8a7b-1c2d3e4f5a6b', platformId: 'tg:5551234', name: 'Zoë Ørsted', customAttributes: {} }, { description: 'the contact as stored' })
  contact: ContactExportDto['contact'];
  @ApiProperty({
    type: 'array', items: { type: 'object', additionalProperties: true }, description: 'every conversation with its messages',
    example: [{ id: '9b2f4a1e-3c5d-4e6f-8a7b-1c2d3e4f5a6b', status: 'resolved', tags: ['refund'], messages: [] }],
  })
  conversations: ContactExportDto['conversations'];
}

export class ErasureResultResponse implements ErasureResultDto {
  @IntProp(2) conversations: number;
  @IntProp(37) messages: number;
}

export class RetentionResponse implements RetentionDto {
  @IdProp() inboxId: string;
  @IntProp(90, { nullable: true, description: 'null: kept for ever' }) days: number | null;
}

export class RetentionPreviewResponse implements RetentionPreviewDto {
  @IdProp() inboxId: string;
  @IntProp(90) days: number;
  @TimeProp({ description: 'conversations resolved before this would be deleted' }) cutoff: string;
  @IntProp(12) conversations: number;
}
