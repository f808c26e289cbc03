import { USER_LIMITS, USER_ROLES, type CreateUserRequest, type UpdateUserRequest, type UserRole } from '@parley/contracts';
import { Bool, Email, OneOf, Text } from '../fields.js';

const password = { min: USER_LIMITS.passwordMin, max: USER_LIMITS.passwordMax, example: 'correct horse battery' };

export class CreateUserBody implements CreateUserRequest {
  @Email({ max: USER_LIMITS.email, example: 'ana@example.com', message: 'email must be an email address' }) email: string;
  @Text({ max: USER_LIMITS.name, example: 'Ana Souza' }) name: string;
  @Text({ ...password }) password: string;
  @OneOf(USER_ROLES, { example: 'agent' }) role: UserRole;
}

export class UpdateUserBody implements UpdateUserRequest {
  @Text({ optional: true, max: USER_LIMITS.name, example: 'Ana Souza' }) name?: string;
  @Text({ optional: true, ...password }) password?: string;
  @OneOf(USER_ROLES, { optional: true, example: 'manager' }) role?: UserRole;
  @Bool({ optional: true, example: true, description: 'a deactivated user cannot log in; their sessions end' }) deactivated?: boolean;
}
