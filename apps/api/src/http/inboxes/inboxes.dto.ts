import { CHANNEL_TYPES, INBOX_LIMITS, type ChannelType, type CreateInboxRequest, type UpdateInboxRequest } from '@parley/contracts';
import { Bool, OneOf, Text } from '../fields.js';

const L = INBOX_LIMITS;
const ACCOUNT = {
  max: L.platformAccountId, pattern: /^[A-Za-z0-9_.-]{1,64}$/, example: '104729384756102',
  message: 'platformAccountId must be the page, account or phone number id',
  description: 'the page, Instagram account or WhatsApp phone number id; events for other accounts are ignored',
};
const SECRET = { min: L.appSecretMin, max: L.appSecret, example: 'f3a9c1d2e4b5a6978877665544332211', description: 'write-only: the Meta app secret (or the bridge\'s signing secret) that signs webhooks' };
const TOKEN = { min: 0, max: L.accessToken, example: 'EAAGm0PX4ZCpsBA...', description: 'write-only: the page or system-user token used to send; "" removes it' };
const VERIFY = { min: L.verifyTokenMin, max: L.verifyToken, example: 'parley-verify-7d2f', description: 'Meta\'s webhook handshake token' };

export class CreateInboxBody implements CreateInboxRequest {
  @Text({ max: L.name, example: 'Acme on Messenger' }) name: string;
  @OneOf(CHANNEL_TYPES, { example: 'messenger' }) channel: ChannelType;
  @Text({ optional: true, ...ACCOUNT }) platformAccountId?: string;
  @Text(SECRET) appSecret: string;
  @Text({ optional: true, ...TOKEN }) accessToken?: string;
  @Text({ optional: true, ...VERIFY }) verifyToken?: string;
  @Bool({ optional: true, example: true, description: 'a customer writing into an archived conversation brings it back' }) unarchiveOnIncoming?: boolean;
}

export class UpdateInboxBody implements UpdateInboxRequest {
  @Text({ optional: true, max: L.name, example: 'Acme on Messenger' }) name?: string;
  @OneOf(CHANNEL_TYPES, { optional: true, example: 'messenger' }) channel?: ChannelType;
  @Text({ optional: true, nullable: true, ...ACCOUNT }) platformAccountId?: string | null;
  @Text({ optional: true, ...SECRET }) appSecret?: string;
  @Text({ optional: true, ...TOKEN }) accessToken?: string;
  @Text({ optional: true, ...VERIFY }) verifyToken?: string;
  @Bool({ optional: true, example: false }) unarchiveOnIncoming?: boolean;
}
