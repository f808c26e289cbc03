import { AVAILABILITIES, USER_ROLES, type Availability, type LoginResponse, type UserDto, type UserRefDto, type UserRole } from '@parley/contracts';
import { EnumProp, IdProp, ObjProp, StrProp, TimeProp } from '../response-props.js';

export class UserResponse implements UserDto {
  @IdProp() id: string;
  @StrProp('ana@example.com') email: string;
  @StrProp('Ana Souza') name: string;
  @EnumProp(USER_ROLES, 'agent') role: UserRole;
  @EnumProp(AVAILABILITIES, 'online') availability: Availability;
  @TimeProp() createdAt: string;
}

export class UserRefResponse implements UserRefDto {
  @IdProp() id: string;
  @StrProp('Ana Souza') name: string;
}

export class LoginResponseBody implements LoginResponse {
  @StrProp('3q2-7hXbV0mJQ8l4mJk1bWc2v0T1p7tq', { description: 'bearer token; the dashboard uses the http-only cookie set with it' }) token: string;
  @ObjProp(() => UserResponse) user: UserResponse;
}
