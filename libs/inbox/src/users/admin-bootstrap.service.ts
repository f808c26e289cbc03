import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { InjectConfig, UserEntity, type ParleyConfig } from '@parley/core';
import { passwordProblem } from './password-policy.js';
import { UsersService } from './users.service.js';

/** The first admin comes from PARLEY_ADMIN_EMAIL / PARLEY_ADMIN_PASSWORD, once, on the first start. */
@Injectable()
export class AdminBootstrapService implements OnApplicationBootstrap {
  private readonly logger = new Logger('AdminBootstrap');

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>, private readonly usersService: UsersService,
    @InjectConfig() private readonly config: ParleyConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { PARLEY_ADMIN_EMAIL: adminEmail, PARLEY_ADMIN_PASSWORD: adminPassword } = this.config;
    if (!adminEmail || !adminPassword) return;
    if (await this.users.exists({ where: { email: adminEmail.toLowerCase() } })) return;
    // Refusing to start beats an admin account anyone could guess.
    const problem = passwordProblem(adminPassword);
    if (problem) throw new Error(`PARLEY_ADMIN_PASSWORD: ${problem}`);
    await this.usersService.createUnchecked({ email: adminEmail, name: 'Admin', password: adminPassword, role: 'admin' });
    this.logger.log(`created the first admin, ${adminEmail.toLowerCase()}`);
  }
}
