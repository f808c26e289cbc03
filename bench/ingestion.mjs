// 1. Signed API-channel webhooks at N concurrent senders, beside raw `pg` writing the same rows.
import { createHmac } from 'node:crypto';
import pg from 'pg';
import { loadLoop } from './lib/measure.mjs';

const body = (prefix, w, k) => ({
  contact: { id: `${prefix}-${w}-${k % 200}`, name: `Sender ${w} customer ${k % 200}` },
  message: { id: `${prefix}-msg-${w}-${k}`, text: `Order ${w}-${k}: where is it? 📦`, timestamp: new Date().toISOString() },
});

/** Through the app: POST /api/webhooks/api/:inboxId signed with the inbox's secret. */
export async function ingestViaApi({ request, inboxId, appSecret, concurrency, seconds }) {
  const path = `/api/webhooks/api/${inboxId}`;
  return loadLoop({
    concurrency, seconds,
    once: async (w, k) => {
      const raw = Buffer.from(JSON.stringify(body('api', w, k)));
      const signature = `sha256=${createHmac('sha256', appSecret).update(raw).digest('hex')}`;
      const res = await request('POST', path, { body: raw, headers: { 'x-hub-signature-256': signature } });
      if (res.status !== 200 || res.json?.stored !== 1) throw new Error(`webhook answered ${res.status} ${res.text.slice(0, 200)}`);
    },
  });
}

/**
 * The ceiling: the same rows written by `pg` directly, one transaction per message (contact upsert,
 * conversation upsert, message insert, conversation update), one client per sender.
 */
export async function ingestRaw({ databaseUrl, inboxId, concurrency, seconds }) {
  const clients = await Promise.all(Array.from({ length: concurrency }, async () => {
    const c = new pg.Client({ connectionString: databaseUrl });
    await c.connect();
    return c;
  }));
  try {
    return await loadLoop({
      concurrency, seconds,
      once: async (w, k) => {
        const c = clients[w];
        const { contact, message } = body('raw', w, k);
        const at = new Date(message.timestamp);
        await c.query('BEGIN');
        try {
          const { rows: [ct] } = await c.query(
            `INSERT INTO contacts (inbox_id, platform_id, name) VALUES ($1, $2, $3)
             ON CONFLICT (inbox_id, platform_id) DO UPDATE SET name = EXCLUDED.name, updated_at = now() RETURNING id`,
            [inboxId, contact.id, contact.name]);
          const { rows: [cv] } = await c.query(
            `INSERT INTO conversations (inbox_id, contact_id, last_message_at) VALUES ($1, $2, $3)
             ON CONFLICT (inbox_id, contact_id) DO UPDATE SET updated_at = now() RETURNING id`,
            [inboxId, ct.id, at]);
          const { rowCount } = await c.query(
            `INSERT INTO messages (conversation_id, inbox_id, direction, kind, sender_type, text, platform_message_id, sent_at)
             VALUES ($1, $2, 'incoming', 'text', 'contact', $3, $4, $5)
             ON CONFLICT (inbox_id, platform_message_id) WHERE platform_message_id IS NOT NULL DO NOTHING`,
            [cv.id, inboxId, message.text, message.id, at]);
          if (rowCount !== 1) throw new Error('raw insert stored nothing');
          await c.query(
            `UPDATE conversations SET last_message_at = greatest(last_message_at, $2), last_incoming_at = greatest(last_incoming_at, $2),
               waiting_since = CASE WHEN last_reply_at >= $2 THEN waiting_since ELSE least(waiting_since, $2) END,
               status = 'open', snoozed_until = NULL, resolved_at = NULL, unread_count = unread_count + 1,
               snippet = left($3, 140), version = version + 1, updated_at = now()
             WHERE id = $1`, [cv.id, at, message.text]);
          await c.query('COMMIT');
        } catch (error) {
          await c.query('ROLLBACK');
          throw error;
        }
      },
    });
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
}
