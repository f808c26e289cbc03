import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Attachment, ChannelType, Priority } from '@parley/contracts';
import { returningRows } from '@parley/core';
import {
  ConversationActions as act, ConversationsService, IngestionService, MessagesService, QuickRepliesService, type Actor, type Change,
} from '@parley/inbox';
import { atTime, realNow } from './clock.js';
import { FOLLOW_UPS, NAMES, PHONE_PREFIXES, SCRIPTS, type Lang, type Script, type Topic } from './dialogues.js';
import { Random } from './random.js';
import type { SeededInbox, Workspace } from './workspace-setup.js';
import { NOTES } from './workspace.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const LANGS: [Lang, number][] = [['en', 26], ['es', 24], ['pt', 14], ['fr', 10], ['de', 10], ['ar', 8], ['ja', 8]];
const CHANNELS: [ChannelType, number][] = [['whatsapp', 32], ['instagram', 26], ['messenger', 26], ['api', 16]];
const TEAM_OF: Partial<Record<Topic, string>> = {
  'order-status': 'logistics', shipping: 'logistics', returns: 'care', payment: 'care', complaint: 'care',
};
const PRIORITY_OF: Partial<Record<Topic, Priority>> = { complaint: 'high', payment: 'medium', shipping: 'low' };
const MESSAGE_ID_PREFIX: Record<ChannelType, string> = { messenger: 'm_', instagram: 'aWdfZAG', whatsapp: 'wamid.HBgL', api: 'msg_' };

export interface Services {
  ds: DataSource;
  ingestion: IngestionService;
  messages: MessagesService;
  conversations: ConversationsService;
  quickReplies: QuickRepliesService;
}

/**
 * Plays `count` customer threads, `parallel` at a time. Each thread draws from its own generator seeded by
 * its number, so the data is the same on every run whatever order the threads finish in.
 */
export async function playConversations(app: INestApplicationContext, ws: Workspace, seed: number, count: number, parallel = 4): Promise<void> {
  const services: Services = {
    ds: app.get(DataSource), ingestion: app.get(IngestionService), messages: app.get(MessagesService),
    conversations: app.get(ConversationsService), quickReplies: app.get(QuickRepliesService),
  };
  const latest = realNow() - 2 * MINUTE;
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < count) {
      const n = next++;
      await new ConversationStory(services, ws, new Random(seed + n * 7919), n, latest).play();
    }
  };
  await Promise.all(Array.from({ length: parallel }, lane));
}

/** One customer's thread and the team's work on it, through the real services, each step at its own time. */
class ConversationStory {
  private conversationId: string | null = null;
  private eventMark = '0';
  /** the time of the latest step so far */
  private t = 0;

  constructor(
    private readonly s: Services, private readonly ws: Workspace, private readonly rnd: Random,
    private readonly n: number, private readonly latest: number,
  ) {}

  async play(): Promise<void> {
    const { rnd } = this;
    const lang = rnd.weighted(LANGS);
    const channel = rnd.weighted(CHANNELS);
    const script = rnd.pick(SCRIPTS.filter((s) => s.lang === lang && (s.topic !== 'spam' || channel === 'instagram' || channel === 'messenger')));
    const inbox = this.ws.inboxes.find((i) => i.seed.channel === channel)!;
    const contact = this.contactFor(lang, channel);
    const agent = rnd.pick(inbox.agents);
    const vars: Record<string, string> = {
      name: contact.firstName, agent: agent.name.split(' ')[0],
      order: `#MR-${rnd.digits(5)}`, tracking: `${rnd.pick(['1Z', 'JD', 'LX'])}${rnd.digits(10)}`,
    };
    const fill = (text: string): string => text.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');

    // A third of the threads started within the last day (so replies are still possible on every channel).
    this.t = rnd.chance(0.33) ? this.latest - rnd.int(10, 20 * 60) * MINUTE : this.latest - rnd.int(1, 14) * DAY - rnd.int(0, 23 * 60) * MINUTE;
    // Some customers are still waiting for the first answer.
    const firstAnswer = script.lines.findIndex((l) => l[0] === 'a');
    const lines = firstAnswer > 0 && rnd.chance(0.18) ? script.lines.slice(0, firstAnswer) : script.lines;

    let lastFrom: 'c' | 'a' | null = null;
    let assigned = false;
    for (const line of lines) {
      if (line[0] === 'c') {
        const gap = lastFrom === null ? 0 : lastFrom === 'c' ? rnd.int(10, 120) * 1000 : rnd.int(2, 40) * MINUTE;
        if (this.t + gap > this.latest) break;
        this.t += gap;
        await this.customerWrites(inbox, contact, fill(line[1]), this.t, line.length === 3);
      } else {
        const delay = rnd.chance(0.12) ? rnd.int(3, 9) * HOUR : rnd.int(2, 90) * MINUTE;
        if (this.t + delay > this.latest) break;
        this.t += delay;
        if (!assigned) await this.triage(script, agent, this.t - 30_000);
        assigned = true;
        await this.reply(agent, { text: fill(line[1]) }, this.t);
      }
      lastFrom = line[0];
    }
    await this.finish(script, inbox, agent, contact, lang, lastFrom, assigned);
  }

  /** Assignment, team, priority and tags, set by the agent (or the manager) just before answering. */
  private async triage(script: Script, agent: Actor, at: number): Promise<void> {
    const by = this.rnd.chance(0.3) ? this.ws.manager : agent;
    await this.apply(by, act.assign(agent.id), at);
    const team = TEAM_OF[script.topic];
    if (team && this.rnd.chance(0.7)) await this.apply(by, act.setTeam(this.ws.teams.get(team)!), at);
    const priority = this.rnd.chance(0.03) ? 'urgent' : PRIORITY_OF[script.topic];
    if (priority && this.rnd.chance(0.6)) await this.apply(by, act.setPriority(priority), at);
    const tagIds = [this.ws.tags.get(script.topic)!];
    if (this.rnd.chance(0.06)) tagIds.push(this.ws.tags.get('vip')!);
    if (this.rnd.chance(0.85)) await this.apply(agent, act.addTags(tagIds), at);
  }

  /** Where the thread stands today: resolved, waiting on the customer, snoozed, archived, or still open. */
  private async finish(script: Script, inbox: SeededInbox, agent: Actor, contact: DemoContact, lang: Lang, lastFrom: 'c' | 'a' | null, assigned: boolean): Promise<void> {
    const { rnd } = this;
    if (!this.conversationId) return;
    const id = this.conversationId;
    if (rnd.chance(0.08)) await this.at(this.later(1, 30), () => this.s.messages.note(agent, id, rnd.pick(NOTES)));

    if (script.topic === 'spam') {
      await this.apply(agent, act.markRead(), this.later(5, 600));
      await this.apply(agent, act.setStatus('resolved'), this.later(1, 2));
      await this.apply(agent, act.setArchived(true), this.later(1, 5));
      return;
    }
    if (lastFrom === 'c' && assigned && rnd.chance(0.7)) {
      // The customer's last word was a thank-you: nothing to answer, the agent reads it and resolves.
      await this.apply(agent, act.markRead(), this.later(2, 30));
      await this.apply(agent, act.setStatus('resolved'), this.later(0, 1));
      return;
    }
    if (lastFrom === 'c') {
      // Unanswered: some are already picked by an agent (and read), the rest wait in the unassigned queue.
      if (!assigned && rnd.chance(0.3)) {
        await this.apply(agent, act.assign(agent.id), this.later(1, 20));
        if (rnd.chance(0.6)) await this.apply(agent, act.markRead(), this.later(1, 5));
      }
      return;
    }

    const roll = rnd.next();
    if (roll < 0.2) return; // answered, left open
    if (roll < 0.4) {
      await this.apply(agent, act.setStatus('pending'), this.later(1, 10));
      return;
    }
    if (roll < 0.46) {
      // Snoozed now, on the real clock, until a moment in the coming days: its wake-up job is kept.
      await this.s.conversations.apply(agent, id, act.snooze(new Date(realNow() + rnd.int(2, 72) * HOUR)));
      await this.stamp(realNow());
      return;
    }
    if (lang === 'en' && rnd.chance(0.35)) await this.closeWithQuickReply(agent, this.later(1, 5));
    await this.apply(agent, act.setStatus('resolved'), this.later(5, 15));
    const reopenAt = this.t + rnd.int(1, 4) * DAY + rnd.int(0, 600) * MINUTE;
    if (rnd.chance(0.08)) await this.apply(agent, act.setArchived(true), this.later(30, 600));
    else if (rnd.chance(0.12) && reopenAt < this.latest) await this.customerWrites(inbox, contact, rnd.pick(FOLLOW_UPS[lang]), reopenAt, false);
  }

  /** A step some minutes after the previous one, never later than now. */
  private later(min: number, max: number): number {
    this.t = Math.min(this.t + this.rnd.int(min, max) * MINUTE, this.latest);
    return this.t;
  }

  private async closeWithQuickReply(agent: Actor, at: number): Promise<void> {
    const quickReplyId = this.ws.quickReplies.get('thanks')!;
    const rendered = await this.s.quickReplies.render(agent, quickReplyId, this.conversationId!);
    if (rendered.missing.length === 0) await this.reply(agent, { text: rendered.text, quickReplyId }, at);
  }

  private async customerWrites(inbox: SeededInbox, contact: DemoContact, text: string, at: number, photo: boolean): Promise<void> {
    const attachments: Attachment[] = photo ? [{ type: 'image', url: `https://picsum.photos/seed/mare${this.n}/640/480`, mime: 'image/jpeg' }] : [];
    const outcome = await atTime(at, () => this.s.ingestion.ingest(inbox.ingest, {
      type: 'message', channel: inbox.seed.channel, timestamp: at,
      contact: { platformId: contact.platformId, name: contact.name },
      platformMessageId: `${MESSAGE_ID_PREFIX[inbox.seed.channel]}${this.rnd.digits(24)}`, text, attachments,
    }));
    if (outcome.result !== 'stored') throw new Error(`ingestion did not store a demo message: ${outcome.result}`);
    this.conversationId = outcome.conversationId;
    await this.stamp(at);
  }

  /** An agent's reply through MessagesService; the demo pretends it went out: delivered, or read after an hour. */
  private async reply(agent: Actor, input: { text: string; quickReplyId?: string }, at: number): Promise<void> {
    const { message } = await this.at(at, () => this.s.messages.reply(agent, this.conversationId!, input));
    await this.s.ds.query(
      `UPDATE messages SET delivery_status = $2, platform_message_id = 'demo.' || id::text
       WHERE id = $1 AND delivery_status = 'pending'`, [message.id, realNow() - at > HOUR ? 'read' : 'delivered']);
  }

  private apply(actor: Actor, change: Change, at: number): Promise<unknown> {
    return this.at(at, () => this.s.conversations.apply(actor, this.conversationId!, change));
  }

  /** Runs one step with the simulated clock at `at`, then dates the history it wrote to that moment. */
  private async at<T>(at: number, step: () => Promise<T>): Promise<T> {
    const result = await atTime(at, step);
    await this.stamp(at);
    return result;
  }

  private async stamp(at: number): Promise<void> {
    if (!this.conversationId) return;
    const rows = returningRows<{ id: string }>(await this.s.ds.query(
      `UPDATE conversation_events SET created_at = $1 WHERE conversation_id = $2 AND id > $3 RETURNING id::text AS id`,
      [new Date(at), this.conversationId, this.eventMark]));
    for (const r of rows) if (BigInt(r.id) > BigInt(this.eventMark)) this.eventMark = r.id;
  }

  /** A customer with a name in their language and an id in the platform's shape (ending in the thread's number, so unique). */
  private contactFor(lang: Lang, channel: ChannelType): DemoContact {
    const { rnd } = this;
    const names = NAMES[lang];
    const first = rnd.pick(names.first);
    const sameScript = names.last.filter((l) => scriptOf(l) === scriptOf(first));
    const last = rnd.pick(sameScript.length ? sameScript : names.last);
    // Japanese names in kanji or kana are written family name first, and customers are addressed by it (様).
    const familyFirst = lang === 'ja' && scriptOf(first) === 'cjk';
    const name = familyFirst ? `${last} ${first}` : `${first} ${last}`;
    const unique = String(this.n).padStart(4, '0');
    const platformId = channel === 'whatsapp' ? `${rnd.pick(PHONE_PREFIXES[lang])}${rnd.digits(5)}${unique}`
      : channel === 'messenger' ? `${rnd.digits(12)}${unique}`
        : channel === 'instagram' ? `${rnd.digits(13)}${unique}`
          : `cus_${rnd.digits(6)}${unique}`;
    return { platformId, name, firstName: familyFirst ? last : first };
  }
}

interface DemoContact { platformId: string; name: string; firstName: string }

function scriptOf(s: string): 'arabic' | 'cjk' | 'latin' {
  if (/[\u0600-\u06ff]/.test(s)) return 'arabic';
  if (/[\u3040-\u30ff\u4e00-\u9fff]/.test(s)) return 'cjk';
  return 'latin';
}
