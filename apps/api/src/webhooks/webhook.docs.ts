import { ApiProperty } from '@nestjs/swagger';
import { IntProp, ListProp, ObjProp, StrProp } from '../http/response-props.js';

// The bodies the platforms send: documented here, read by the channel mappers in libs/channels (not by a DTO:
// the signature is checked over the raw bytes before anything is parsed).

export class ApiChannelContactDoc {
  @StrProp('tg:5551234', { description: 'your id for the customer; same id = same contact' }) id: string;
  @StrProp('Zoë Ørsted', { optional: true }) name?: string;
  @StrProp('https://cdn.example.com/zoe.png', { optional: true, description: 'http(s)' }) avatarUrl?: string;
}

export class ApiChannelAttachmentDoc {
  @ApiProperty({ enum: ['image', 'audio', 'video', 'file', 'sticker'], example: 'image' }) type: string;
  @StrProp('https://cdn.example.com/p.jpg', { description: 'http(s)' }) url: string;
  @StrProp('image/jpeg', { optional: true }) mime?: string;
  @StrProp('the box', { optional: true }) caption?: string;
  @IntProp(20480, { optional: true, description: 'bytes' }) size?: number;
  @StrProp('p.jpg', { optional: true }) name?: string;
}

export class ApiChannelMessageDoc {
  @StrProp('tg-msg-1001', { description: 'unique per inbox: resending the same id changes nothing' }) id: string;
  @StrProp('¿Dónde está mi pedido? 🚚', { optional: true, description: 'text or at least one attachment is required' }) text?: string;
  @ListProp(() => ApiChannelAttachmentDoc, { optional: true }) attachments?: ApiChannelAttachmentDoc[];
  @StrProp('2025-06-15T10:30:00Z', { optional: true, description: 'ISO 8601 or epoch milliseconds (up to the year 9999); defaults to now' })
  timestamp?: string;
}

/** POST /api/webhooks/api/:inboxId: one customer message from a bridge (libs/channels/README.md). */
export class ApiChannelPayloadDoc {
  @ObjProp(() => ApiChannelContactDoc) contact: ApiChannelContactDoc;
  @ObjProp(() => ApiChannelMessageDoc) message: ApiChannelMessageDoc;
}

/** POST /api/webhooks/{messenger,instagram,whatsapp}/:inboxId: Meta's envelope, as Meta documents it. */
export class MetaWebhookDoc {
  @ApiProperty({ enum: ['page', 'instagram', 'whatsapp_business_account'], example: 'page' }) object: string;
  @ApiProperty({
    type: 'array', items: { type: 'object', additionalProperties: true }, description: 'one entry per page or account, as Meta sends it',
    example: [{ id: '104729384756102', time: 1749416900123, messaging: [{ sender: { id: '2458' }, recipient: { id: '104729384756102' }, timestamp: 1749416900000, message: { mid: 'm_1', text: 'hi' } }] }],
  })
  entry: Record<string, unknown>[];
}
