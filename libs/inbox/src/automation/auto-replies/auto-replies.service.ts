import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AutoReplyRuleDto, AutoReplyTrigger } from '@parley/contracts';
import { AutoReplyRuleEntity, InboxEntity } from '@parley/core';
import { AccessService } from '../../access/access.service.js';
import type { Actor } from '../../access/actor.js';
import { validateRulePattern } from './rule-pattern.js';

export interface AutoReplyRuleInput {
  trigger?: AutoReplyTrigger;
  keywords?: string[];
  pattern?: string | null;
  body?: string;
  enabled?: boolean;
  position?: number;
}

const toDto = (r: AutoReplyRuleEntity): AutoReplyRuleDto => ({
  id: r.id, inboxId: r.inboxId, position: r.position, trigger: r.trigger, keywords: r.keywords, pattern: r.pattern, body: r.body, enabled: r.enabled,
});

/** An inbox's auto-reply rules, in evaluation order; managers and admins edit them. */
@Injectable()
export class AutoRepliesService {
  constructor(private readonly dataSource: DataSource, private readonly access: AccessService) {}

  async list(actor: Actor, inboxId: string): Promise<AutoReplyRuleDto[]> {
    await this.access.assertInbox(actor, inboxId, 'Inbox');
    await this.assertInboxExists(inboxId);
    const rules = await this.dataSource.manager.find(AutoReplyRuleEntity, { where: { inboxId }, order: { position: 'ASC', createdAt: 'ASC' } });
    return rules.map(toDto);
  }

  async create(actor: Actor, inboxId: string, input: AutoReplyRuleInput & { trigger: AutoReplyTrigger; body: string }): Promise<AutoReplyRuleDto> {
    this.access.assertRole(actor, ['admin', 'manager'], 'edit auto-replies');
    await this.assertInboxExists(inboxId);
    const rule = checked({ keywords: [], pattern: null, enabled: true, ...input });
    const [{ next }] = await this.dataSource.query('SELECT coalesce(max(position) + 1, 0)::int AS next FROM auto_reply_rules WHERE inbox_id = $1', [inboxId]);
    const saved = await this.dataSource.manager.save(AutoReplyRuleEntity, this.dataSource.manager.create(AutoReplyRuleEntity, {
      inboxId, position: input.position ?? next, trigger: rule.trigger, keywords: rule.keywords, pattern: rule.pattern, body: rule.body, enabled: rule.enabled,
    }));
    return toDto(saved);
  }

  async update(actor: Actor, inboxId: string, id: string, input: AutoReplyRuleInput): Promise<AutoReplyRuleDto> {
    this.access.assertRole(actor, ['admin', 'manager'], 'edit auto-replies');
    const rule = await this.dataSource.manager.findOneBy(AutoReplyRuleEntity, { id, inboxId });
    if (!rule) throw new NotFoundException('Auto-reply rule not found');
    const merged = checked({ ...rule, ...input });
    Object.assign(rule, merged, { position: input.position ?? rule.position });
    return toDto(await this.dataSource.manager.save(AutoReplyRuleEntity, rule));
  }

  async remove(actor: Actor, inboxId: string, id: string): Promise<void> {
    this.access.assertRole(actor, ['admin', 'manager'], 'edit auto-replies');
    const r = await this.dataSource.manager.delete(AutoReplyRuleEntity, { id, inboxId });
    if (!r.affected) throw new NotFoundException('Auto-reply rule not found');
  }

  private async assertInboxExists(inboxId: string): Promise<void> {
    if (!(await this.dataSource.manager.existsBy(InboxEntity, { id: inboxId }))) throw new NotFoundException('Inbox not found');
  }
}

type CompleteRule = Required<Pick<AutoReplyRuleInput, 'trigger' | 'body' | 'enabled'>> & { keywords: string[]; pattern: string | null };

/** The cross-field rules class-validator cannot say: a keyword rule needs keywords or a safe pattern. */
function checked(r: AutoReplyRuleInput & { trigger: AutoReplyTrigger; body: string; enabled: boolean }): CompleteRule {
  const keywords = (r.keywords ?? []).map((k) => k.trim()).filter((k) => k !== '');
  const pattern = r.pattern?.trim() ? r.pattern : null;
  if (!r.body.trim()) throw new BadRequestException('body must not be empty: it is the text sent to the customer');
  if (r.trigger === 'keyword') {
    if (keywords.length === 0 && !pattern) throw new BadRequestException('A keyword rule needs at least one keyword or a pattern');
    const problem = pattern ? validateRulePattern(pattern) : null;
    if (problem) throw new BadRequestException(problem);
  } else if (keywords.length > 0 || pattern) {
    throw new BadRequestException(`keywords and pattern only apply to keyword rules, not to ${r.trigger}`);
  }
  return { trigger: r.trigger, body: r.body, enabled: r.enabled, keywords, pattern };
}
