import type { Availability, UserRole } from '../enums.js';

/**
 * Longest values the user routes accept (characters); the dashboard's forms use the same numbers. A new
 * password also has to fit bcrypt's 72 bytes and not be a common one (checked by the server).
 */
export const USER_LIMITS = { email: 254, name: 120, passwordMin: 12, passwordMax: 200 } as const;

/** POST /api/auth/login */
export interface LoginRequest {
  email: string;
  password: string;
}

/** PUT /api/auth/me/availability */
export interface AvailabilityRequest {
  availability: Availability;
}

/** POST /api/auth/me/password: the current password proves it is the user; their other sessions end. */
export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

/** POST /api/users (admin) */
export interface CreateUserRequest {
  email: string;
  name: string;
  password: string;
  role: UserRole;
}

/** PATCH /api/users/:id (admin): only the fields sent change. */
export interface UpdateUserRequest {
  name?: string;
  password?: string;
  role?: UserRole;
  deactivated?: boolean;
}
