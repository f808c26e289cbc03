import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { InboxMemberEntity, runPrepared, type PreparedStatement } from '@parley/core';
import { isManagerOrAdmin, type Actor } from './actor.js';

// Asked by nearly every agent request (lists, counts, search): prepared once per connection.
const INBOXES_OF_USER: PreparedStatement = { name: 'access.inboxes-of-user', text: 'SELECT inbox_id FROM inbox_members WHERE user_id = $1' };

/**
 * Who may see what: agents see the inboxes they belong to; managers and admins see all. Anything outside
 * a user's inboxes answers 404, so ids of other inboxes' conversations do not leak.
 */
@Injectable()
export class AccessService {
  constructor(@InjectRepository(InboxMemberEntity) private readonly members: Repository<InboxMemberEntity>) {}

  /** null means every inbox */
  async visibleInboxIds(actor: Actor): Promise<string[] | null> {
    if (isManagerOrAdmin(actor)) return null;
    const rows = await runPrepared<{ inbox_id: string }>(this.members.manager, INBOXES_OF_USER, [actor.id]);
    return rows.map((r) => r.inbox_id);
  }

  async canSeeInbox(actor: Actor, inboxId: string): Promise<boolean> {
    if (isManagerOrAdmin(actor)) return true;
    return this.members.exists({ where: { userId: actor.id, inboxId } });
  }

  async assertInbox(actor: Actor, inboxId: string, what = 'Conversation'): Promise<void> {
    if (!(await this.canSeeInbox(actor, inboxId))) throw new NotFoundException(`${what} not found`);
  }

  assertRole(actor: Actor, roles: Actor['role'][], action: string): void {
    if (!roles.includes(actor.role)) {
      throw new ForbiddenException(`Only ${roles.join(' or ')} users can ${action}`);
    }
  }
}
