import type { AvailabilityRequest, ChangePasswordRequest, LoginRequest, LoginResponse, UserDto } from '@parley/contracts';
import { apiFetch, isUnauthorized } from '../../http/api-fetch';
import { rememberSignedIn } from '../utils/session-hint';

export const authApi = {
  login: async (input: LoginRequest) => {
    const result = await apiFetch<LoginResponse>('/auth/login', { method: 'POST', body: input });
    rememberSignedIn(true, result.user.role);
    return result;
  },
  logout: async () => {
    rememberSignedIn(false);
    await apiFetch<void>('/auth/logout', { method: 'POST' });
  },
  /** null when logged out, so the guard can redirect without treating it as an error */
  me: async (): Promise<UserDto | null> => {
    try {
      const user = await apiFetch<UserDto>('/auth/me');
      rememberSignedIn(true, user.role);
      return user;
    } catch (error) {
      if (isUnauthorized(error)) {
        rememberSignedIn(false);
        return null;
      }
      throw error;
    }
  },
  /** Ends the user's other sessions; this one stays signed in. */
  changePassword: (input: ChangePasswordRequest) => apiFetch<void>('/auth/me/password', { method: 'POST', body: input }),
  setAvailability: (availability: AvailabilityRequest['availability']) =>
    apiFetch<UserDto>('/auth/me/availability', { method: 'PUT', body: { availability } satisfies AvailabilityRequest }),
};
