import { Injectable, UnprocessableEntityException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type EntityManager } from 'typeorm';
import { replyWindow, type ReplyWindow } from '@parley/channels';
import { InboxEntity, type ConversationEntity } from '@parley/core';

/**
 * Refuses a reply up front when the platform would: outside its messaging window. The answer says how
 * the reply will be sent (RESPONSE, or MESSAGE_TAG + HUMAN_AGENT) so delivery uses the same decision.
 */
@Injectable()
export class ReplyPolicy {
  constructor(@InjectRepository(InboxEntity) private readonly inboxes: Repository<InboxEntity>) {}

  /** Pass the open transaction's manager when there is one: a second pooled connection per reply can starve the pool. */
  async check(
    c: Pick<ConversationEntity, 'inboxId' | 'lastIncomingAt'>, sender: 'agent' | 'automation', now = new Date(), manager?: EntityManager,
  ): Promise<ReplyWindow> {
    const inbox = await (manager?.getRepository(InboxEntity) ?? this.inboxes)
      .findOneOrFail({ where: { id: c.inboxId }, select: { id: true, channel: true } });
    const window = replyWindow({ channel: inbox.channel, lastIncomingAt: c.lastIncomingAt, now, isAutomation: sender === 'automation' });
    if (!window.allowed) throw new UnprocessableEntityException(window.reason);
    return window;
  }
}
