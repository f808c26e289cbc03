import type { UserDto } from '@parley/contracts';
import type { UserEntity } from '@parley/core';

export const toUserDto = (u: UserEntity): UserDto => ({
  id: u.id, email: u.email, name: u.name, role: u.role, availability: u.availability, createdAt: u.createdAt.toISOString(),
});
