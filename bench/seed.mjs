// Seeds the bench database with raw SQL (generate_series, set-based updates): 4 inboxes, a team of agents,
// 100,000 contacts and conversations and 1,000,000 messages whose derived fields are computed from them.
import bcrypt from 'bcryptjs';

export const BENCH_PASSWORD = 'bench-password-1';
export const AGENT_EMAIL = 'agent1@bench.parley.dev';

const INBOXES = [
  { name: 'Shop Messenger', channel: 'messenger', share: 0.4 },
  { name: 'Shop Instagram', channel: 'instagram', share: 0.25 },
  { name: 'Support WhatsApp', channel: 'whatsapp', share: 0.25 },
  { name: 'Website chat (API)', channel: 'api', share: 0.1 },
];
const AGENTS = 12;
const TEXTS = [
  'Hi, where is my order?', '¿Dónde está mi pedido? 🚚', 'Bonjour, je voudrais changer ma taille', 'Can I return this?',
  'Danke! Alles angekommen 👍', 'The package arrived damaged', 'Obrigado pela ajuda', 'When do you open tomorrow?',
  'こんにちは、在庫はありますか？', 'Thanks, that solved it', 'Is the discount still valid?', 'I was charged twice',
];
const REPLIES = ['Let me check that for you', 'Your order ships today 📦', 'Refund issued, 3–5 days', 'Happy to help!'];

/** Returns what the measurements need: the inbox ids, the bench agent's inbox ids. */
export async function seed(client, { conversations = 100_000, messages = 1_000_000, log = () => {} } = {}) {
  const hash = await bcrypt.hash(BENCH_PASSWORD, 10);
  const q = async (sql, params) => {
    const t = performance.now();
    const r = await client.query(sql, params);
    const ms = performance.now() - t;
    if (ms > 1000) log(`  ${(ms / 1000).toFixed(1)} s  ${sql.trim().split('\n')[0].slice(0, 70)}`);
    return r;
  };
  // The bench's own throwaway database: no need to wait for the WAL flush of every seeding statement.
  await q("SET synchronous_commit = off; SET work_mem = '64MB'; SET maintenance_work_mem = '256MB'");
  await q('SELECT setseed(0.4242)');
  const inboxes = [];
  for (const i of INBOXES) {
    const { rows } = await q(
      `INSERT INTO inboxes (name, channel, platform_account_id, app_secret, has_app_secret, created_at)
       VALUES ($1, $2, $3, 'seeded-secret-not-used-by-the-bench', true, now() - interval '400 days') RETURNING id`,
      [i.name, i.channel, `acct-${i.channel}`]);
    inboxes.push({ ...i, id: rows[0].id });
  }
  await q(`INSERT INTO teams (name) VALUES ('Tier 1'), ('Billing')`);
  await q(
    `INSERT INTO users (email, name, password_hash, role, availability)
     SELECT 'agent' || g || '@bench.parley.dev', 'Agent ' || g, $1, 'agent', 'online' FROM generate_series(1, $2) g`,
    [hash, AGENTS]);
  await q(`INSERT INTO users (email, name, password_hash, role) VALUES ('manager@bench.parley.dev', 'Manager', $1, 'manager')`, [hash]);
  // Agent g belongs to two neighbouring inboxes; agent1 (the measured one) to inboxes 1 and 2.
  await q(
    `INSERT INTO inbox_members (inbox_id, user_id)
     SELECT (SELECT array_agg(id ORDER BY created_at, name) FROM inboxes)[1 + ((n + k) % 4)::int], u.id
     FROM (SELECT id, row_number() OVER (ORDER BY email) - 1 AS n FROM users WHERE role = 'agent') u,
          generate_series(0, 1) k
     WHERE u.id IS NOT NULL`);
  await q(`INSERT INTO tags (name, color) VALUES ('vip', '#d4a'), ('refund', '#a44'), ('shipping', '#48a'),
           ('bug', '#a80'), ('wholesale', '#484'), ('spam', '#888')`);

  // The plan: one row per conversation with everything random decided once, so the inserts below agree.
  const bounds = [];
  let acc = 0;
  for (const i of inboxes) { acc += i.share; bounds.push(acc); }
  await q(`CREATE TEMP TABLE plan AS
    SELECT g, gen_random_uuid() AS conv_id, gen_random_uuid() AS contact_id, r_inbox, r_status, r_assign,
           1 + (random() * 18)::int AS n_msgs,
           now() - (random() * 365 * 86400) * interval '1 second' AS start_at,
           (30 + random() * 3600) * interval '1 second' AS gap
    FROM (SELECT g, random() AS r_inbox, random() AS r_status, random() AS r_assign FROM generate_series(1, $1) g) s`, [conversations]);
  // Exactly the requested number of messages: the first conversation absorbs the rounding.
  const { rows: [{ diff }] } = await q('SELECT ($1 - sum(n_msgs))::int AS diff FROM plan', [messages]);
  await q(`UPDATE plan SET n_msgs = n_msgs + sign($1::int)::int
           WHERE g IN (SELECT g FROM plan WHERE n_msgs BETWEEN 2 AND 18 ORDER BY g LIMIT abs($1::int))`, [diff]);
  await q(`ALTER TABLE plan ADD COLUMN inbox_id uuid, ADD COLUMN status text, ADD COLUMN archived boolean, ADD COLUMN assignee_id uuid`);
  await q(`UPDATE plan SET inbox_id = CASE WHEN r_inbox < $1 THEN $4::uuid WHEN r_inbox < $2 THEN $5::uuid WHEN r_inbox < $3 THEN $6::uuid ELSE $7::uuid END,
             status = CASE WHEN r_status < 0.35 THEN 'open' WHEN r_status < 0.40 THEN 'pending' WHEN r_status < 0.45 THEN 'snoozed' ELSE 'resolved' END,
             archived = r_status > 0.88`,
    [...bounds.slice(0, 3), ...inboxes.map((i) => i.id)]);
  // 70% of conversations have an assignee, chosen among the members of their inbox.
  await q(`WITH members AS (SELECT inbox_id, array_agg(user_id ORDER BY user_id) AS ids FROM inbox_members GROUP BY inbox_id)
           UPDATE plan p SET assignee_id = m.ids[1 + floor(p.r_assign / 0.7 * array_length(m.ids, 1))::int]
           FROM members m WHERE m.inbox_id = p.inbox_id AND p.r_assign < 0.7`);
  await q(`INSERT INTO contacts (id, inbox_id, platform_id, name, created_at, updated_at)
           SELECT contact_id, inbox_id, 'psid-' || g, (ARRAY['Zoë Ørsted','Ana García','Jean Dupont','山田 花子','Lukas Müller','Priya Shah','Omar Haddad','Sam Lee'])[1 + g % 8] || ' ' || g,
                  start_at, start_at FROM plan`);
  await q(`INSERT INTO conversations (id, inbox_id, contact_id, status, archived, priority, priority_rank, assignee_id, team_id,
             snoozed_until, last_message_at, resolved_at, created_at, updated_at)
           SELECT conv_id, inbox_id, contact_id, status, archived,
                  (ARRAY['none','none','none','none','low','medium','high','urgent'])[1 + g % 8],
                  (ARRAY[0,0,0,0,1,2,3,4])[1 + g % 8], assignee_id,
                  CASE WHEN g % 5 = 0 THEN (SELECT id FROM teams WHERE name = 'Tier 1') END,
                  CASE WHEN status = 'snoozed' THEN now() + (g % 72) * interval '1 hour' END,
                  start_at + gap * n_msgs, CASE WHEN status = 'resolved' THEN start_at + gap * n_msgs END, start_at, start_at + gap * n_msgs
           FROM plan`);
  // Bulk loading is several times faster with the messages' secondary indexes built once afterwards; their
  // definitions are read back from the catalog, so whatever the migrations declare is what gets rebuilt.
  const { rows: indexes } = await q(`SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'messages'
    AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid = 'messages'::regclass)`);
  for (const i of indexes) await q(`DROP INDEX ${i.indexname}`);
  // Messages: the first is the customer's; then a mix; a resolved conversation ends with our reply.
  await q(`INSERT INTO messages (conversation_id, inbox_id, direction, kind, sender_type, sender_user_id, text, platform_message_id,
             delivery_status, sent_at, created_at)
           SELECT p.conv_id, p.inbox_id, d.direction, 'text', CASE WHEN d.direction = 'incoming' THEN 'contact' ELSE 'user' END,
                  CASE WHEN d.direction = 'outgoing' THEN p.assignee_id END,
                  CASE WHEN d.direction = 'incoming' THEN ($1::text[])[1 + (p.g + k) % $3::int] ELSE ($2::text[])[1 + (p.g + k) % $4::int] END,
                  'mid.' || p.g || '.' || k, CASE WHEN d.direction = 'outgoing' THEN 'read' END,
                  p.start_at + p.gap * k, p.start_at + p.gap * k
           FROM plan p, generate_series(1, p.n_msgs) k,
                LATERAL (SELECT CASE WHEN k = 1 THEN 'incoming'
                                     WHEN k = p.n_msgs AND p.status = 'resolved' THEN 'outgoing'
                                     WHEN (k * 7 + p.g) % 3 = 0 THEN 'outgoing' ELSE 'incoming' END AS direction) d`,
    [TEXTS, REPLIES, TEXTS.length, REPLIES.length]);
  for (const i of indexes) await q(i.indexdef);
  // Derived fields exactly as DESIGN.md defines them, computed from the messages just written.
  await q(`WITH agg AS (
             SELECT conversation_id,
                    max(sent_at) AS last_at,
                    max(sent_at) FILTER (WHERE direction = 'incoming') AS last_in,
                    max(sent_at) FILTER (WHERE direction = 'outgoing') AS last_out,
                    min(sent_at) FILTER (WHERE direction = 'outgoing') AS first_out,
                    (array_agg(left(text, 140) ORDER BY sent_at DESC, id DESC))[1] AS snippet
             FROM messages GROUP BY conversation_id),
           waiting AS (
             SELECT m.conversation_id, min(m.sent_at) AS since, count(*)::int AS unread
             FROM messages m JOIN agg a USING (conversation_id)
             WHERE m.direction = 'incoming' AND m.sent_at > coalesce(a.last_out, '-infinity')
             GROUP BY m.conversation_id)
           UPDATE conversations c SET last_message_at = a.last_at, last_incoming_at = a.last_in, last_reply_at = a.last_out,
                  first_reply_at = a.first_out, waiting_since = w.since, snippet = a.snippet,
                  unread_count = CASE WHEN c.status = 'resolved' THEN 0 ELSE coalesce(w.unread, 0) END
           FROM agg a LEFT JOIN waiting w USING (conversation_id) WHERE a.conversation_id = c.id`);
  await q(`INSERT INTO conversation_tags (conversation_id, tag_id)
           SELECT p.conv_id, t.id FROM plan p JOIN (SELECT id, row_number() OVER (ORDER BY name) AS n FROM tags) t
             ON t.n = 1 + p.g % 6 WHERE p.g % 5 = 0
           UNION ALL
           SELECT p.conv_id, t.id FROM plan p JOIN (SELECT id, row_number() OVER (ORDER BY name) AS n FROM tags) t
             ON t.n = 1 + (p.g + 1) % 6 WHERE p.g % 15 = 0`);
  await q(`INSERT INTO conversation_events (conversation_id, inbox_id, type, data, created_at)
           SELECT conv_id, inbox_id, 'created', '{"channel":"seed"}', start_at FROM plan`);
  await q('DROP TABLE plan');
  const agent = await q(`SELECT array_agg(inbox_id) AS ids FROM inbox_members m JOIN users u ON u.id = m.user_id WHERE u.email = $1`, [AGENT_EMAIL]);
  return { inboxes, agentInboxIds: agent.rows[0].ids };
}
