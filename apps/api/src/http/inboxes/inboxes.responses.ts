import { ApiProperty } from '@nestjs/swagger';
import { CHANNEL_TYPES, type ChannelType, type InboxDto, type UnknownAccountsDto } from '@parley/contracts';
import { BoolProp, EnumProp, IdProp, IdsProp, StrProp, TimeProp } from '../response-props.js';

export class InboxResponse implements InboxDto {
  @IdProp() id: string;
  @StrProp('Acme on Messenger') name: string;
  @EnumProp(CHANNEL_TYPES, 'messenger') channel: ChannelType;
  @StrProp('104729384756102', { nullable: true }) platformAccountId: string | null;
  @StrProp('/api/webhooks/messenger/9b2f4a1e-3c5d-4e6f-8a7b-1c2d3e4f5a6b', { description: 'the path to give the platform (or the bridge) as webhook URL' })
  webhookPath: string;
  @StrProp('/api/webhooks/messenger', {
    nullable: true,
    description: 'Meta channels: the one URL for every Page, Instagram account or WhatsApp number of the app; each entry is routed to the inbox of the account it names. Null for the API channel',
  })
  appWebhookPath: string | null;
  @StrProp('parley-verify-7d2f', { nullable: true }) verifyToken: string | null;
  @BoolProp(true, { description: 'an app secret is stored; its value never leaves the server' }) hasAppSecret: boolean;
  @BoolProp(true, { description: 'an access token is stored; its value never leaves the server' }) hasAccessToken: boolean;
  @BoolProp(false) unarchiveOnIncoming: boolean;
  @BoolProp(false, { description: 'the platform refused the token: sending fails until it is replaced' }) credentialsInvalid: boolean;
  @IdsProp() memberIds: string[];
  @TimeProp() createdAt: string;
}

class UnknownAccountResponse {
  @StrProp('104823458934999', { description: 'the Page, Instagram account or phone number id the entries named' }) accountId: string;
  @ApiProperty({ example: 3 }) events: number;
  @TimeProp() lastSeenAt: string;
}

/** Entries for accounts that no inbox is connected to, received with this inbox's app secret (answered 200, stored nowhere). */
export class UnknownAccountsResponse implements UnknownAccountsDto {
  @ApiProperty({ example: 7, description: 'entries counted since the inbox was created' }) events: number;
  @ApiProperty({ type: [UnknownAccountResponse], description: 'the latest account ids, newest first (at most 10)' }) recent: UnknownAccountResponse[];
}
