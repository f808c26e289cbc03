import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, Repository, type SelectQueryBuilder } from 'typeorm';
import type { QuickReplyDto, QuickReplyScope, RenderedQuickReplyDto } from '@parley/contracts';
import { ContactEntity, ConversationEntity, InboxEntity, QuickReplyEntity, TeamMemberEntity } from '@parley/core';
import { AccessService } from '../access/access.service.js';
import { isManagerOrAdmin, type Actor } from '../access/actor.js';
import { buildTemplateVars, rankQuickReplies, renderTemplate } from './logic/index.js';

export interface QuickReplyInput { shortcut: string; title: string; body: string; scope: QuickReplyScope; teamId?: string | null }

const toDto = (q: QuickReplyEntity): QuickReplyDto => ({
  id: q.id, shortcut: q.shortcut, title: q.title, body: q.body, scope: q.scope, teamId: q.teamId, ownerId: q.ownerId, usageCount: q.usageCount,
});

/** Saved replies: everyone keeps personal ones; managers and admins keep the global and team ones. */
@Injectable()
export class QuickRepliesService {
  constructor(
    @InjectRepository(QuickReplyEntity) private readonly replies: Repository<QuickReplyEntity>,
    @InjectRepository(TeamMemberEntity) private readonly teamMembers: Repository<TeamMemberEntity>,
    @InjectRepository(ConversationEntity) private readonly conversations: Repository<ConversationEntity>,
    @InjectRepository(ContactEntity) private readonly contacts: Repository<ContactEntity>,
    @InjectRepository(InboxEntity) private readonly inboxes: Repository<InboxEntity>,
    private readonly access: AccessService,
  ) {}

  /** The replies this user may use: global, their teams', their own. */
  async list(actor: Actor): Promise<QuickReplyDto[]> {
    return (await (await this.usableBy(actor)).orderBy('q.shortcut').getMany()).map(toDto);
  }

  /** Whether a reply sent "from" this quick reply may name it (and count as one of its uses). */
  async isUsableBy(actor: Actor, id: string): Promise<boolean> {
    return (await this.usableBy(actor)).andWhere('q.id = :id', { id }).getExists();
  }

  private async usableBy(actor: Actor): Promise<SelectQueryBuilder<QuickReplyEntity>> {
    const teamIds = (await this.teamMembers.findBy({ userId: actor.id })).map((m) => m.teamId);
    return this.replies.createQueryBuilder('q').where(new Brackets((w) => {
      w.where("q.scope = 'global'").orWhere("q.scope = 'personal' AND q.owner_id = :me", { me: actor.id });
      if (isManagerOrAdmin(actor)) w.orWhere("q.scope = 'team'");
      else if (teamIds.length) w.orWhere("q.scope = 'team' AND q.team_id IN (:...teamIds)", { teamIds });
    }));
  }

  async search(actor: Actor, query: string, limit = 20): Promise<QuickReplyDto[]> {
    return rankQuickReplies(await this.list(actor), query).slice(0, limit);
  }

  async create(actor: Actor, input: QuickReplyInput): Promise<QuickReplyDto> {
    const owner = this.checkScope(actor, input.scope, input.teamId ?? null);
    await this.assertShortcutFree(input.scope, input.teamId ?? owner, input.shortcut);
    const saved = await this.replies.save(this.replies.create({
      shortcut: input.shortcut.trim(), title: input.title.trim(), body: input.body, scope: input.scope,
      teamId: input.scope === 'team' ? input.teamId! : null, ownerId: owner,
    }));
    return toDto(saved);
  }

  async update(actor: Actor, id: string, input: Partial<Omit<QuickReplyInput, 'scope' | 'teamId'>>): Promise<QuickReplyDto> {
    const reply = await this.getEditable(actor, id);
    if (input.shortcut !== undefined && input.shortcut.trim().toLowerCase() !== reply.shortcut.toLowerCase()) {
      await this.assertShortcutFree(reply.scope, reply.teamId ?? reply.ownerId, input.shortcut);
      reply.shortcut = input.shortcut.trim();
    }
    if (input.title !== undefined) reply.title = input.title.trim();
    if (input.body !== undefined) reply.body = input.body;
    return toDto(await this.replies.save(reply));
  }

  async remove(actor: Actor, id: string): Promise<void> {
    await this.replies.remove(await this.getEditable(actor, id));
  }

  /** Fills the variables for one conversation and lists those it cannot fill, for the composer to ask. */
  async render(actor: Actor, id: string, conversationId: string): Promise<RenderedQuickReplyDto> {
    const reply = (await this.list(actor)).find((q) => q.id === id);
    if (!reply) throw new NotFoundException('Quick reply not found');
    const conversation = await this.conversations.findOneBy({ id: conversationId });
    if (!conversation) throw new NotFoundException('Conversation not found');
    await this.access.assertInbox(actor, conversation.inboxId);
    const [contact, inbox] = await Promise.all([
      this.contacts.findOneByOrFail({ id: conversation.contactId }), this.inboxes.findOneByOrFail({ id: conversation.inboxId }),
    ]);
    const vars = buildTemplateVars({ contact: { name: contact.name }, agent: { name: actor.name }, inbox: { name: inbox.name }, conversation: { id: conversation.id } });
    return renderTemplate(reply.body, vars);
  }

  private checkScope(actor: Actor, scope: QuickReplyScope, teamId: string | null): string | null {
    if (scope === 'personal') return actor.id;
    this.access.assertRole(actor, ['admin', 'manager'], `manage ${scope} quick replies`);
    if (scope === 'team' && !teamId) throw new BadRequestException('teamId is required for a team quick reply');
    return null;
  }

  private async getEditable(actor: Actor, id: string): Promise<QuickReplyEntity> {
    const reply = await this.replies.findOneBy({ id });
    const visible = reply && (reply.scope !== 'personal' || reply.ownerId === actor.id);
    if (!reply || !visible) throw new NotFoundException('Quick reply not found');
    if (reply.scope !== 'personal') this.access.assertRole(actor, ['admin', 'manager'], `manage ${reply.scope} quick replies`);
    return reply;
  }

  private async assertShortcutFree(scope: QuickReplyScope, ownerKey: string | null, shortcut: string): Promise<void> {
    const qb = this.replies.createQueryBuilder('q').where('q.scope = :scope AND lower(q.shortcut) = lower(:s)', { scope, s: shortcut.trim() });
    if (ownerKey) qb.andWhere('coalesce(q.team_id, q.owner_id) = :k', { k: ownerKey });
    if (await qb.getExists()) throw new ConflictException(`The shortcut "${shortcut.trim()}" is already used in this scope`);
  }
}
