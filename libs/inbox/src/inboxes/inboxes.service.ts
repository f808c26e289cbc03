import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { In, Repository } from 'typeorm';
import type { ChannelType, InboxDto, UnknownAccountsDto } from '@parley/contracts';
import { InboxEntity, InboxMemberEntity, RealtimePublisher, UserEntity } from '@parley/core';
import { AccessService } from '../access/access.service.js';
import type { Actor } from '../access/actor.js';
import { AuditLogService } from '../audit/audit-log.service.js';
import { membershipChange } from '../audit/membership-change.js';
import { toInboxDto } from './inbox.mapper.js';
import { UnknownAccountsRepository } from './unknown-accounts.repository.js';

export interface InboxInput {
  name?: string;
  channel?: ChannelType;
  platformAccountId?: string | null;
  appSecret?: string;
  accessToken?: string;
  verifyToken?: string;
  unarchiveOnIncoming?: boolean;
}

/** The secrets a webhook or a delivery needs; never mapped into a response. */
export interface InboxSecrets { id: string; channel: ChannelType; platformAccountId: string | null; appSecret: string | null; accessToken: string | null; verifyToken: string | null }
export type WebhookInbox = InboxSecrets & { unarchiveOnIncoming: boolean };

// How many of the latest unknown account ids the settings page lists.
const RECENT_UNKNOWN_ACCOUNTS = 10;

const SECRETS_TTL_MS = 5000;

const secretFields = (input: InboxInput): string[] => (['appSecret', 'accessToken', 'verifyToken'] as const).filter((k) => input[k] !== undefined);

@Injectable()
export class InboxesService {
  private readonly secretsCache = new Map<string, { value: (InboxSecrets & { unarchiveOnIncoming: boolean }) | null; expires: number }>();
  private readonly channelCache = new Map<ChannelType, { value: WebhookInbox[]; expires: number }>();

  constructor(
    @InjectRepository(InboxEntity) private readonly inboxes: Repository<InboxEntity>,
    @InjectRepository(InboxMemberEntity) private readonly members: Repository<InboxMemberEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly access: AccessService,
    private readonly realtime: RealtimePublisher,
    private readonly audit: AuditLogService,
    private readonly unknownAccounts: UnknownAccountsRepository,
  ) {}

  async list(actor: Actor): Promise<InboxDto[]> {
    const visible = await this.access.visibleInboxIds(actor);
    const inboxes = await this.inboxes.find({ where: visible ? { id: In(visible) } : {}, order: { name: 'ASC' } });
    const members = inboxes.length ? await this.members.find({ where: { inboxId: In(inboxes.map((i) => i.id)) } }) : [];
    return inboxes.map((i) => toInboxDto(i, members.filter((m) => m.inboxId === i.id).map((m) => m.userId), actor));
  }

  async get(actor: Actor, id: string): Promise<InboxDto> {
    await this.access.assertInbox(actor, id, 'Inbox');
    const inbox = await this.inboxes.findOneBy({ id });
    if (!inbox) throw new NotFoundException('Inbox not found');
    return toInboxDto(inbox, await this.memberIds(id), actor);
  }

  async create(actor: Actor, input: InboxInput & { name: string; channel: ChannelType }): Promise<InboxDto> {
    this.access.assertRole(actor, ['admin'], 'create inboxes');
    if (!input.appSecret) {
      throw new BadRequestException(input.channel === 'api'
        ? 'appSecret is required: the bridge signs every request with it (X-Hub-Signature-256)'
        : 'appSecret is required: it is the Meta app secret that signs every webhook');
    }
    if (input.channel !== 'api' && !input.platformAccountId) {
      throw new BadRequestException('platformAccountId is required for Messenger, Instagram and WhatsApp inboxes');
    }
    const inbox = this.inboxes.create({
      name: input.name.trim(),
      channel: input.channel,
      platformAccountId: input.platformAccountId ?? null,
      unarchiveOnIncoming: input.unarchiveOnIncoming ?? true,
      // Meta needs a verify token for its handshake; make one the admin can copy if none was chosen.
      verifyToken: input.verifyToken ?? (input.channel === 'api' ? null : randomBytes(16).toString('hex')),
    });
    this.applySecrets(inbox, input);
    const saved = await this.inboxes.save(inbox);
    await this.audit.record({ actor, action: 'inbox.created', targetType: 'inbox', targetId: saved.id, data: { channel: saved.channel, secrets: secretFields(input) } });
    this.channelCache.clear();
    // Managers and admins see every inbox: their open sockets start receiving this one at once.
    this.realtime.joinRoom('staff', `inbox:${saved.id}`);
    return toInboxDto(saved, [], actor);
  }

  async update(actor: Actor, id: string, input: InboxInput): Promise<InboxDto> {
    this.access.assertRole(actor, ['admin'], 'edit inboxes');
    const inbox = await this.inboxes.findOneBy({ id });
    if (!inbox) throw new NotFoundException('Inbox not found');
    if (input.channel && input.channel !== inbox.channel) throw new BadRequestException('The channel of an inbox cannot change; create another inbox');
    if (input.name !== undefined) inbox.name = input.name.trim();
    if (input.platformAccountId !== undefined) inbox.platformAccountId = input.platformAccountId;
    if (input.verifyToken !== undefined) inbox.verifyToken = input.verifyToken;
    if (input.unarchiveOnIncoming !== undefined) inbox.unarchiveOnIncoming = input.unarchiveOnIncoming;
    this.applySecrets(inbox, input);
    await this.inboxes.save(inbox);
    this.secretsCache.delete(id);
    await this.auditUpdate(actor, id, input);
    this.channelCache.clear();
    return this.get(actor, id);
  }

  async remove(actor: Actor, id: string): Promise<void> {
    this.access.assertRole(actor, ['admin'], 'delete inboxes');
    const result = await this.inboxes.delete({ id });
    this.secretsCache.delete(id);
    this.channelCache.clear();
    if (!result.affected) throw new NotFoundException('Inbox not found');
    await this.audit.record({ actor, action: 'inbox.deleted', targetType: 'inbox', targetId: id });
  }

  async setMembers(actor: Actor, id: string, userIds: string[]): Promise<InboxDto> {
    this.access.assertRole(actor, ['admin'], 'manage inbox members');
    if (!(await this.inboxes.exists({ where: { id } }))) throw new NotFoundException('Inbox not found');
    const unique = [...new Set(userIds)];
    const found = unique.length ? await this.users.countBy({ id: In(unique) }) : 0;
    if (found !== unique.length) throw new NotFoundException('One or more users do not exist');
    const before = await this.memberIds(id);
    await this.members.manager.transaction(async (m) => {
      await m.delete(InboxMemberEntity, { inboxId: id });
      if (unique.length) await m.insert(InboxMemberEntity, unique.map((userId) => ({ inboxId: id, userId })));
      await this.audit.record({ actor, action: 'inbox.members_changed', targetType: 'inbox', targetId: id, data: membershipChange(before, unique) }, m);
    });
    // Sockets follow membership: a removed agent stops receiving this inbox's events on every api process.
    for (const userId of before.filter((u) => !unique.includes(u))) {
      this.realtime.leaveRoom(`user:${userId}`, `inbox:${id}`);
      this.realtime.recheckConversationRooms(userId);
    }
    for (const userId of unique.filter((u) => !before.includes(u))) this.realtime.joinRoom(`user:${userId}`, `inbox:${id}`);
    return this.get(actor, id);
  }

  /**
   * For webhooks only, cached for a few seconds: every webhook needs them, and a busy inbox gets hundreds a
   * second. This process forgets an entry as soon as the inbox changes; other api processes within SECRETS_TTL_MS.
   */
  async secrets(id: string): Promise<(InboxSecrets & { unarchiveOnIncoming: boolean }) | null> {
    const hit = this.secretsCache.get(id);
    if (hit && hit.expires > Date.now()) return hit.value;
    const value = await this.readSecrets(id);
    this.secretsCache.set(id, { value, expires: Date.now() + SECRETS_TTL_MS });
    return value;
  }

  /**
   * Every inbox of a channel with its secrets, oldest first, for webhooks on the app-wide URL (one Meta app
   * serves several Pages, accounts and numbers): cached like `secrets`.
   */
  async channelSecrets(channel: ChannelType): Promise<WebhookInbox[]> {
    const hit = this.channelCache.get(channel);
    if (hit && hit.expires > Date.now()) return hit.value;
    const value = await this.inboxes.createQueryBuilder('i')
      .select(['i.id', 'i.channel', 'i.platformAccountId', 'i.verifyToken', 'i.unarchiveOnIncoming'])
      .addSelect(['i.appSecret', 'i.accessToken'])
      .where('i.channel = :channel', { channel }).orderBy('i.createdAt', 'ASC').getMany();
    this.channelCache.set(channel, { value, expires: Date.now() + SECRETS_TTL_MS });
    return value;
  }

  /** Counts webhook entries for accounts no inbox has, on the inboxes whose app secret signed them. */
  recordUnknownAccounts(inboxIds: string[], counts: Map<string, number>): Promise<void> {
    return this.unknownAccounts.record(inboxIds, counts);
  }

  async unknownAccountsOf(actor: Actor, id: string): Promise<UnknownAccountsDto> {
    this.access.assertRole(actor, ['admin'], 'see webhook diagnostics');
    if (!(await this.inboxes.exists({ where: { id } }))) throw new NotFoundException('Inbox not found');
    const { events, accounts } = await this.unknownAccounts.summary(id, RECENT_UNKNOWN_ACCOUNTS);
    return { events, recent: accounts.map((a) => ({ accountId: a.accountId, events: a.events, lastSeenAt: a.lastSeenAt.toISOString() })) };
  }

  private async readSecrets(id: string): Promise<(InboxSecrets & { unarchiveOnIncoming: boolean }) | null> {
    return this.inboxes.createQueryBuilder('i')
      .select(['i.id', 'i.channel', 'i.platformAccountId', 'i.verifyToken', 'i.unarchiveOnIncoming'])
      .addSelect(['i.appSecret', 'i.accessToken'])
      .where('i.id = :id', { id }).getOne();
  }

  /** Secrets are named, never their values; other settings go under inbox.updated. */
  private async auditUpdate(actor: Actor, id: string, input: InboxInput): Promise<void> {
    const secrets = secretFields(input);
    if (secrets.length) await this.audit.record({ actor, action: 'inbox.secrets_changed', targetType: 'inbox', targetId: id, data: { fields: secrets } });
    const other = (['name', 'platformAccountId', 'unarchiveOnIncoming'] as const).filter((k) => input[k] !== undefined);
    if (other.length) await this.audit.record({ actor, action: 'inbox.updated', targetType: 'inbox', targetId: id, data: { fields: other } });
  }

  private async memberIds(inboxId: string): Promise<string[]> {
    return (await this.members.find({ where: { inboxId } })).map((m) => m.userId);
  }

  private applySecrets(inbox: InboxEntity, input: InboxInput): void {
    if (input.appSecret !== undefined) { inbox.appSecret = input.appSecret; inbox.hasAppSecret = input.appSecret.length > 0; }
    if (input.accessToken !== undefined) {
      inbox.accessToken = input.accessToken;
      inbox.hasAccessToken = input.accessToken.length > 0;
      inbox.credentialsInvalid = false;
    }
  }
}
