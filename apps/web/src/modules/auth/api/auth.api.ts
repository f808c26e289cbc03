import type { Availability, LoginResponse, UserDto } from '@parley/contracts';
import { apiFetch, isUnauthorized } from '../../http/api-fetch';

export interface LoginInput {
  email: string;
  password: string;
}

export const authApi = {
  login: (input: LoginInput) => apiFetch<LoginResponse>('/auth/login', { method: 'POST', body: input }),
  logout: () => apiFetch<void>('/auth/logout', { method: 'POST' }),
  /** null when logged out, so the guard can redirect without treating it as an error */
  me: async (): Promise<UserDto | null> => {
    try {
      return await apiFetch<UserDto>('/auth/me');
    } catch (error) {
      if (isUnauthorized(error)) return null;
      throw error;
    }
  },
  setAvailability: (availability: Availability) =>
    apiFetch<UserDto>('/auth/me/availability', { method: 'PUT', body: { availability } }),
};
