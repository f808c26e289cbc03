import { Injectable } from '@nestjs/common';
import type { ChannelHealthOverviewDto } from '@parley/contracts';
import { AccessService } from '../access/access.service.js';
import type { Actor } from '../access/actor.js';
import { ChannelHealthRepository } from './channel-health.repository.js';
import { toChannelHealth } from './channel-health.rules.js';

/** Per inbox: arrivals against the usual, ingestion lag, replies waiting, failures by reason. Managers and admins only. */
@Injectable()
export class ChannelHealthService {
  constructor(private readonly access: AccessService, private readonly repository: ChannelHealthRepository) {}

  async overview(actor: Actor, now = new Date()): Promise<ChannelHealthOverviewDto> {
    this.access.assertRole(actor, ['admin', 'manager'], 'see channel health');
    const [rows, failures] = await Promise.all([this.repository.rows(now), this.repository.failures(now)]);
    return {
      generatedAt: now.toISOString(),
      inboxes: rows.map((row) => toChannelHealth(row, failures.filter((f) => f.inboxId === row.inboxId), now)),
    };
  }
}
