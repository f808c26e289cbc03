import { IsEmail, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { AVAILABILITIES, type Availability } from '@parley/contracts';

export class LoginBody {
  @IsEmail({}, { message: 'email must be an email address' }) email: string;
  @IsString() @MinLength(1) @MaxLength(200) password: string;
}

export class AvailabilityBody {
  @IsIn(AVAILABILITIES, { message: `availability must be one of ${AVAILABILITIES.join(', ')}` }) availability: Availability;
}
