import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { USER_ROLES, type UserRole } from '@parley/contracts';

export class CreateUserBody {
  @IsEmail({}, { message: 'email must be an email address' }) email: string;
  @IsString() @MinLength(1) @MaxLength(120) name: string;
  @IsString() @MinLength(8, { message: 'password must be at least 8 characters long' }) @MaxLength(200) password: string;
  @IsIn(USER_ROLES, { message: `role must be one of ${USER_ROLES.join(', ')}` }) role: UserRole;
}

export class UpdateUserBody {
  @IsOptional() @IsString() @MinLength(1) @MaxLength(120) name?: string;
  @IsOptional() @IsString() @MinLength(8, { message: 'password must be at least 8 characters long' }) @MaxLength(200) password?: string;
  @IsOptional() @IsIn(USER_ROLES, { message: `role must be one of ${USER_ROLES.join(', ')}` }) role?: UserRole;
  @IsOptional() @IsBoolean() deactivated?: boolean;
}
