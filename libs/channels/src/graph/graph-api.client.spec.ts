import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Test } from '@nestjs/testing';
import { fixtureJson } from '../testing/fixture.loader.js';
import { GRAPH_API_OPTIONS, GraphApiClient } from './graph-api.client.js';
import { GraphApiError } from './graph-error.js';

interface Example { request: { body: unknown }; response_200?: unknown; response_200_accepted_not_delivered?: unknown; status?: number; body?: unknown }
const examples = fixtureJson('contracts/send-api-examples.json') as Record<string, Example>;

interface Seen { method: string; url: string; auth: string | undefined; body: unknown }
type Reply = { status: number; body: unknown } | 'hang';

// A real HTTP server standing in for graph.facebook.com: the client's actual fetch path is exercised.
let server: Server;
let baseUrl: string;
let reply: Reply = { status: 200, body: {} };
const seen: Seen[] = [];

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', auth: req.headers.authorization, body: await readBody(req) });
    if (reply === 'hang') return;
    res.writeHead(reply.status, { 'Content-Type': 'application/json' }).end(JSON.stringify(reply.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const last = () => seen[seen.length - 1];

describe('GraphApiClient', () => {
  it('sends a Messenger RESPONSE exactly as documented and returns the message id', async () => {
    const example = examples.messenger_send_response_within_24h;
    reply = { status: 200, body: example.response_200 };
    const result = await new GraphApiClient({ baseUrl }).sendMessenger({
      pageId: '104823458934776', accessToken: 'PAGE_TOKEN', recipientId: '7064853926613482',
      messagingType: 'RESPONSE', text: 'Thanks! Your order #4821 shipped today.',
    });
    expect(result).toEqual({ platformMessageId: (example.response_200 as { message_id: string }).message_id });
    expect(last()).toEqual({ method: 'POST', url: '/v25.0/104823458934776/messages', auth: 'Bearer PAGE_TOKEN', body: example.request.body });
  });

  it('sends HUMAN_AGENT tags, reply_to and metadata', async () => {
    reply = { status: 200, body: { recipient_id: '7064853926613482', message_id: 'm_new' } };
    const client = new GraphApiClient({ baseUrl });
    await client.sendMessenger({
      pageId: 'me', accessToken: 't', recipientId: '7064853926613482', messagingType: 'MESSAGE_TAG', tag: 'HUMAN_AGENT',
      text: 'Hi, this is Ana from support following up on your refund.',
    });
    expect(last().body).toEqual(examples.messenger_send_human_agent_tag_up_to_7d.request.body);
    await client.sendMessenger({
      pageId: 'p', accessToken: 't', recipientId: '7064853926613482', messagingType: 'RESPONSE', text: 'Yes, we ship to Córdoba.',
      replyToMid: 'm_AG5Hz2Uq7tuwNEhXfYYKj8mJEM_QPpz5jdCK48PnKAjSdjfipqxqMvK8ma6AC8fplwlqLP_5cgXIbu7I3rBN0P',
    });
    expect(last().body).toEqual(examples.messenger_send_reply_to.request.body);
    await client.sendMessenger({
      pageId: 'p', accessToken: 't', recipientId: 'r', messagingType: 'RESPONSE',
      attachment: { type: 'image', url: 'https://cdn.example.com/a.png' }, metadata: 'parley:msg_1',
    });
    expect(last().body).toEqual({
      recipient: { id: 'r' }, messaging_type: 'RESPONSE',
      message: { attachment: { type: 'image', payload: { url: 'https://cdn.example.com/a.png' } }, metadata: 'parley:msg_1' },
    });
  });

  it('sends WhatsApp text with a Bearer token and reads messages[0].id', async () => {
    const example = examples.whatsapp_send_text;
    reply = { status: 200, body: example.response_200_accepted_not_delivered };
    const result = await new GraphApiClient({ baseUrl }).sendWhatsApp({
      phoneNumberId: '106540352242922', accessToken: 'SYSTEM_USER_TOKEN', to: '+16505551234',
      text: 'Hi Sheena, your order #4821 shipped today.',
    });
    expect(result).toEqual({ platformMessageId: 'wamid.HBgLMTY0NjcwNDM1OTUVAgARGBI4MjZGRDA0OUE2OTQ3RkEyMzcA' });
    expect(last()).toEqual({ method: 'POST', url: '/v25.0/106540352242922/messages', auth: 'Bearer SYSTEM_USER_TOKEN', body: example.request.body });
  });

  it('sends a WhatsApp document as a reply', async () => {
    reply = { status: 200, body: { messages: [{ id: 'wamid.doc' }] } };
    await new GraphApiClient({ baseUrl }).sendWhatsApp({
      phoneNumberId: 'n', accessToken: 't', to: '16505551234', replyToWamid: 'wamid.orig',
      attachment: { type: 'file', url: 'https://cdn.example.com/f.pdf', caption: 'Factura', filename: 'factura.pdf' },
    });
    expect(last().body).toEqual({
      messaging_product: 'whatsapp', recipient_type: 'individual', to: '16505551234', type: 'document',
      document: { link: 'https://cdn.example.com/f.pdf', caption: 'Factura', filename: 'factura.pdf' }, context: { message_id: 'wamid.orig' },
    });
  });

  it('fetches a profile and names it from first/last name', async () => {
    reply = { status: 200, body: { id: '706', first_name: 'José', last_name: 'Núñez', profile_pic: 'https://cdn/p.jpg' } };
    const profile = await new GraphApiClient({ baseUrl }).fetchProfile({ psid: '706', accessToken: 't' });
    expect(profile).toMatchObject({ id: '706', name: 'José Núñez', avatarUrl: 'https://cdn/p.jpg' });
    expect(last()).toMatchObject({ method: 'GET', url: '/v25.0/706?fields=name%2Cfirst_name%2Clast_name%2Cprofile_pic', auth: 'Bearer t' });
  });

  it('throws a classified GraphApiError for an error body', async () => {
    const example = examples.error_outside_window_messenger;
    reply = { status: example.status ?? 400, body: example.body };
    const send = new GraphApiClient({ baseUrl }).sendMessenger({ pageId: 'p', accessToken: 't', recipientId: 'r', messagingType: 'RESPONSE', text: 'x' });
    await expect(send).rejects.toMatchObject({
      name: 'GraphApiError', httpStatus: 400, code: 10, subcode: 2018278, fbtraceId: 'AxIIVeNpuf3y2jeXdufRcEX', kind: 'permanent',
    });
  });

  it('treats a 200 without an id as a permanent, unexpected answer', async () => {
    reply = { status: 200, body: { recipient_id: 'r' } };
    const send = new GraphApiClient({ baseUrl }).sendMessenger({ pageId: 'p', accessToken: 't', recipientId: 'r', messagingType: 'RESPONSE', text: 'x' });
    await expect(send).rejects.toMatchObject({ kind: 'permanent', explanation: expect.stringMatching(/unexpected answer/) });
  });

  it('times out as a transient error', async () => {
    reply = 'hang';
    const send = new GraphApiClient({ baseUrl, timeoutMs: 50 }).sendWhatsApp({ phoneNumberId: 'n', accessToken: 't', to: '1', text: 'x' });
    await expect(send).rejects.toBeInstanceOf(GraphApiError);
    await expect(send).rejects.toMatchObject({ httpStatus: 0, kind: 'transient', explanation: expect.stringMatching(/in time/) });
  });

  it('refuses to send both text and attachment (or neither)', async () => {
    const client = new GraphApiClient({ baseUrl });
    const base = { pageId: 'p', accessToken: 't', recipientId: 'r', messagingType: 'RESPONSE' as const };
    await expect(client.sendMessenger({ ...base })).rejects.toThrow('send exactly one of text or attachment');
    await expect(client.sendMessenger({ ...base, text: 'x', attachment: { type: 'image', url: 'https://x' } })).rejects.toThrow(TypeError);
  });

  it('can be provided by Nest with or without options', async () => {
    const bare = await Test.createTestingModule({ providers: [GraphApiClient] }).compile();
    expect(bare.get(GraphApiClient)).toBeInstanceOf(GraphApiClient);
    reply = { status: 200, body: { id: '1', name: 'Ana' } };
    const configured = await Test.createTestingModule({
      providers: [GraphApiClient, { provide: GRAPH_API_OPTIONS, useValue: { baseUrl } }],
    }).compile();
    await expect(configured.get(GraphApiClient).fetchProfile({ psid: '1', accessToken: 't' })).resolves.toMatchObject({ name: 'Ana' });
  });
});
