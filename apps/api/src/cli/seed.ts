// The simulated clock must replace Date before any other module runs (ESM evaluates imports in order).
import './seed/clock.js';
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { ConfigModule, DatabaseModule, OutboxModule, PARLEY_CONFIG, type ParleyConfig } from '@parley/core';
import { InboxModule } from '@parley/inbox';
import { playConversations } from './seed/conversations.js';
import { setUpWorkspace } from './seed/workspace-setup.js';
import { DEMO_PASSWORD, QUICK_REPLIES, STAFF, TAGS, TEAMS } from './seed/workspace.js';

/**
 * `npm run seed`: demo data for a first start. Does nothing when the database has conversations already.
 * Everything goes through the domain services (customer DMs through IngestionService, replies through
 * MessagesService), so the derived fields, history and outbox rows are what real traffic would make.
 */
const CONVERSATIONS = 300;

// This process relays nothing from the outbox: the jobs the demo implies (deliveries of replies to
// platforms that do not exist, profile look-ups, automations on week-old messages) must never run, and
// its realtime events have no audience. The seed deletes those rows at the end and keeps only the snooze
// wake-ups, which the api's relay sends when it starts. OUTBOX_RELAY=off keeps the relay from starting, and
// an unstarted relay ignores the nudge TransactionRunner gives it after each commit.
process.env.OUTBOX_RELAY = 'off';

@Module({ imports: [ConfigModule, DatabaseModule, OutboxModule, InboxModule] })
class SeedModule {}

const started = Date.now();
const app = await NestFactory.createApplicationContext(SeedModule, { logger: ['warn', 'error'] });
try {
  const ds = app.get(DataSource);
  const [{ present }] = await ds.query('SELECT EXISTS (SELECT 1 FROM conversations) AS present');
  if (present) {
    console.log('demo data already present: the database has conversations, nothing to do');
  } else {
    const [{ mark }] = await ds.query('SELECT coalesce(max(id), 0)::text AS mark FROM outbox');
    const config = app.get<ParleyConfig>(PARLEY_CONFIG);
    const admin = { email: config.PARLEY_ADMIN_EMAIL ?? 'admin@parley.local', password: config.PARLEY_ADMIN_PASSWORD ?? 'parley-admin' };
    const ws = await setUpWorkspace(app, admin);
    await playConversations(app, ws, 20240611, CONVERSATIONS);
    await tidyUp(ds, mark);
    await printSummary(ds, admin, ws.inboxes.find((i) => i.seed.channel === 'api')!, config.PUBLIC_URL, Date.now() - started, config.PARLEY_ADMIN_PASSWORD !== undefined);
  }
} finally {
  await app.close();
}

/** Dates rows to the moments the story gave them, and drops the outbox rows the demo must not send. */
async function tidyUp(ds: DataSource, outboxMark: string): Promise<void> {
  await ds.query('UPDATE messages SET created_at = sent_at');
  await ds.query(`UPDATE conversations c SET created_at = m.first FROM
    (SELECT conversation_id, min(sent_at) AS first FROM messages GROUP BY conversation_id) m WHERE m.conversation_id = c.id`);
  await ds.query('UPDATE contacts k SET created_at = c.created_at FROM conversations c WHERE c.contact_id = k.id');
  await ds.query(`DELETE FROM outbox WHERE id > $1 AND NOT (kind = 'job' AND name = 'conversation.wake')`, [outboxMark]);
}

async function printSummary(
  ds: DataSource, admin: { email: string; password: string }, apiInbox: { id: string; appSecret: string }, publicUrl: string, ms: number, ownPassword: boolean,
): Promise<void> {
  const [c] = await ds.query(`SELECT
      (SELECT count(*) FROM conversations)::int AS conversations,
      (SELECT count(*) FROM messages)::int AS messages,
      (SELECT count(*) FROM contacts)::int AS contacts,
      (SELECT count(*) FROM conversations WHERE NOT archived AND status = 'open' AND waiting_since IS NOT NULL)::int AS waiting,
      (SELECT count(*) FROM conversations WHERE NOT archived AND status = 'open' AND assignee_id IS NULL)::int AS unassigned`);
  const byStatus: { status: string; n: number }[] = await ds.query(
    `SELECT CASE WHEN archived THEN 'archived' ELSE status END AS status, count(*)::int AS n FROM conversations GROUP BY 1 ORDER BY 1`);
  const line = (s: string): void => console.log(s);
  line(`\ndemo data loaded in ${(ms / 1000).toFixed(1)} s: ${c.conversations} conversations, ${c.messages} messages, ${c.contacts} contacts`);
  line(`  ${byStatus.map((r) => `${r.status} ${r.n}`).join(' · ')} · ${c.waiting} waiting for an answer, ${c.unassigned} open and unassigned`);
  line(`  4 inboxes (Messenger, Instagram, WhatsApp, API), ${TEAMS.length} teams, ${TAGS.length} tags, ${QUICK_REPLIES.length} quick replies`);
  line('\nlog in as:');
  line(`  admin    ${admin.email} / ${ownPassword ? '(your PARLEY_ADMIN_PASSWORD)' : admin.password}`);
  for (const s of STAFF) line(`  ${s.role.padEnd(8)} ${s.email} / ${DEMO_PASSWORD}   (${s.name})`);
  line(`\nthe API inbox takes signed DMs at POST ${publicUrl}/api/webhooks/api/${apiInbox.id}`);
  // Secrets never go to logs: the admin sets a secret of their choosing in Settings → Inboxes to sign with.
  line('  signed with X-Hub-Signature-256 by the inbox secret (set a new one in Settings → Inboxes; see libs/channels/README.md)');
}
