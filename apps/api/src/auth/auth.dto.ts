import { AVAILABILITIES, USER_LIMITS, type AvailabilityRequest, type Availability, type LoginRequest } from '@parley/contracts';
import { Email, OneOf, Text } from '../http/fields.js';

export class LoginBody implements LoginRequest {
  @Email({ max: USER_LIMITS.email, example: 'ana@example.com', message: 'email must be an email address' }) email: string;
  @Text({ max: USER_LIMITS.passwordMax, example: 'correct horse battery' }) password: string;
}

export class AvailabilityBody implements AvailabilityRequest {
  @OneOf(AVAILABILITIES, { example: 'away' }) availability: Availability;
}
