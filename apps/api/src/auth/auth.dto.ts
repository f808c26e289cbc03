import { AVAILABILITIES, USER_LIMITS, type AvailabilityRequest, type Availability, type ChangePasswordRequest, type LoginRequest } from '@parley/contracts';
import { Email, OneOf, Text } from '../http/fields.js';

export class LoginBody implements LoginRequest {
  @Email({ max: USER_LIMITS.email, example: 'ana@example.com', message: 'email must be an email address' }) email: string;
  @Text({ max: USER_LIMITS.passwordMax, example: 'correct horse battery' }) password: string;
}

export class AvailabilityBody implements AvailabilityRequest {
  @OneOf(AVAILABILITIES, { example: 'away' }) availability: Availability;
}

export class ChangePasswordBody implements ChangePasswordRequest {
  @Text({ max: USER_LIMITS.passwordMax, example: 'correct horse battery' }) currentPassword: string;
  // Only the length here: the service applies the whole policy (12 characters, 72 bytes, not a common one).
  @Text({ max: USER_LIMITS.passwordMax, example: 'a longer passphrase of mine' }) newPassword: string;
}
