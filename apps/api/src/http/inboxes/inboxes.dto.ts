import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { CHANNEL_TYPES, type ChannelType } from '@parley/contracts';

export class CreateInboxBody {
  @IsString() @MinLength(1) @MaxLength(120) name: string;
  @IsIn(CHANNEL_TYPES, { message: `channel must be one of ${CHANNEL_TYPES.join(', ')}` }) channel: ChannelType;
  @IsOptional() @IsString() @Matches(/^[A-Za-z0-9_.-]{1,64}$/, { message: 'platformAccountId must be the page, account or phone number id' })
  platformAccountId?: string;
  @IsString() @MinLength(16, { message: 'appSecret must be at least 16 characters long' }) @MaxLength(256) appSecret: string;
  @IsOptional() @IsString() @MaxLength(1024) accessToken?: string;
  @IsOptional() @IsString() @MinLength(8, { message: 'verifyToken must be at least 8 characters long' }) @MaxLength(128) verifyToken?: string;
  @IsOptional() @IsBoolean() unarchiveOnIncoming?: boolean;
}

export class UpdateInboxBody {
  @IsOptional() @IsString() @MinLength(1) @MaxLength(120) name?: string;
  @IsOptional() @IsIn(CHANNEL_TYPES) channel?: ChannelType;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsString() @Matches(/^[A-Za-z0-9_.-]{1,64}$/, { message: 'platformAccountId must be the page, account or phone number id' })
  platformAccountId?: string | null;
  @IsOptional() @IsString() @MinLength(16, { message: 'appSecret must be at least 16 characters long' }) @MaxLength(256) appSecret?: string;
  @IsOptional() @IsString() @MaxLength(1024) accessToken?: string;
  @IsOptional() @IsString() @MinLength(8, { message: 'verifyToken must be at least 8 characters long' }) @MaxLength(128) verifyToken?: string;
  @IsOptional() @IsBoolean() unarchiveOnIncoming?: boolean;
}
