import bcrypt from 'bcryptjs';

// bcrypt (pure JS, no native build step) with a cost that keeps a login under ~100 ms on a small server.
const COST = Number(process.env.BCRYPT_COST ?? 10);

export const hashPassword = (plain: string): Promise<string> => bcrypt.hash(plain, COST);
export const verifyPassword = (plain: string, hash: string): Promise<boolean> => bcrypt.compare(plain, hash);
