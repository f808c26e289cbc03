import { CHANNEL_TYPES, type ChannelType, type InboxDto } from '@parley/contracts';
import { BoolProp, EnumProp, IdProp, IdsProp, StrProp, TimeProp } from '../response-props.js';

export class InboxResponse implements InboxDto {
  @IdProp() id: string;
  @StrProp('Acme on Messenger') name: string;
  @EnumProp(CHANNEL_TYPES, 'messenger') channel: ChannelType;
  @StrProp('104729384756102', { nullable: true }) platformAccountId: string | null;
  @StrProp('/api/webhooks/messenger/9b2f4a1e-3c5d-4e6f-8a7b-1c2d3e4f5a6b', { description: 'the path to give the platform (or the bridge) as webhook URL' })
  webhookPath: string;
  @StrProp('parley-verify-7d2f', { nullable: true }) verifyToken: string | null;
  @BoolProp(true, { description: 'an app secret is stored; its value never leaves the server' }) hasAppSecret: boolean;
  @BoolProp(true, { description: 'an access token is stored; its value never leaves the server' }) hasAccessToken: boolean;
  @BoolProp(false) unarchiveOnIncoming: boolean;
  @BoolProp(false, { description: 'the platform refused the token: sending fails until it is replaced' }) credentialsInvalid: boolean;
  @IdsProp() memberIds: string[];
  @TimeProp() createdAt: string;
}
