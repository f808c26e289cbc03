import { createHmac } from 'node:crypto';
import type { TestApi, Session } from './api.js';

export const sign = (raw: Buffer | string, secret: string) => `sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`;

export interface TestInbox { id: string; secret: string; channel: string }

export async function createInbox(api: TestApi, admin: Session, o: { channel?: string; name?: string; platformAccountId?: string; members?: string[]; unarchiveOnIncoming?: boolean } = {}): Promise<TestInbox> {
  const secret = `secret-${Math.random().toString(36).slice(2)}-0123456789`;
  const channel = o.channel ?? 'api';
  const res = await api.http.post('/api/inboxes').set(admin.auth).send({
    name: o.name ?? `${channel} inbox`, channel, appSecret: secret,
    ...(o.platformAccountId ? { platformAccountId: o.platformAccountId } : {}),
    ...(o.unarchiveOnIncoming !== undefined ? { unarchiveOnIncoming: o.unarchiveOnIncoming } : {}),
  }).expect(201);
  if (o.members) await api.http.put(`/api/inboxes/${res.body.id}/members`).set(admin.auth).send({ userIds: o.members }).expect(200);
  return { id: res.body.id, secret, channel };
}

/** Posts raw bytes signed with the inbox secret, exactly as a platform or bridge would. */
export function postSigned(api: TestApi, inbox: TestInbox, body: unknown, o: { secret?: string; signature?: string | null } = {}) {
  const raw = Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
  const req = api.http.post(`/api/webhooks/${inbox.channel}/${inbox.id}`).set('Content-Type', 'application/json');
  const signature = o.signature === undefined ? sign(raw, o.secret ?? inbox.secret) : o.signature;
  if (signature !== null) req.set('X-Hub-Signature-256', signature);
  // A string goes out byte for byte (UTF-8); a Buffer would be JSON-serialized by superagent.
  return req.send(raw.toString('utf8'));
}

let seq = 0;
/** An API channel message body. */
export function apiMessage(o: { contactId?: string; name?: string; id?: string; text?: string; timestamp?: number | string; attachments?: unknown[] } = {}) {
  return {
    contact: { id: o.contactId ?? 'customer-1', ...(o.name ? { name: o.name } : {}) },
    message: {
      id: o.id ?? `msg-${Date.now()}-${++seq}`,
      ...(o.text !== undefined ? { text: o.text } : { text: 'Hello' }),
      ...(o.attachments ? { attachments: o.attachments } : {}),
      ...(o.timestamp !== undefined ? { timestamp: o.timestamp } : {}),
    },
  };
}

/** Posts one signed API-channel message and returns the id of the conversation it landed in. */
export async function receive(api: TestApi, inbox: TestInbox, o: Parameters<typeof apiMessage>[0] = {}): Promise<string> {
  const res = await postSigned(api, inbox, apiMessage(o)).expect(200);
  const [result] = res.body.results as { result: string; conversationId?: string }[];
  if (!result.conversationId) throw new Error(`message not stored: ${JSON.stringify(res.body)}`);
  return result.conversationId;
}
