import type { UserRole } from '@parley/contracts';

/** The logged-in user a request or socket acts for. */
export interface Actor {
  id: string;
  role: UserRole;
  name: string;
  email: string;
  /** where the request came from, for the audit log (absent for sockets and jobs) */
  ip?: string | null;
}

export const isManagerOrAdmin = (actor: Actor): boolean => actor.role === 'admin' || actor.role === 'manager';
