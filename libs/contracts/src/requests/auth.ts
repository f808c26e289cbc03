import type { Availability, UserRole } from '../enums.js';

/** Longest values the user routes accept (characters); the dashboard's forms use the same numbers. */
export const USER_LIMITS = { email: 254, name: 120, passwordMin: 8, passwordMax: 200 } as const;

/** POST /api/auth/login */
export interface LoginRequest {
  email: string;
  password: string;
}

/** PUT /api/auth/me/availability */
export interface AvailabilityRequest {
  availability: Availability;
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
