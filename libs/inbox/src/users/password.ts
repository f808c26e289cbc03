import bcrypt from 'bcryptjs';

// bcrypt (pure JS, no native build step); BCRYPT_COST 10 keeps a login under ~100 ms on a small server.
export const hashPassword = (plain: string, cost: number): Promise<string> => bcrypt.hash(plain, cost);
export const verifyPassword = (plain: string, hash: string): Promise<boolean> => bcrypt.compare(plain, hash);
