import { createServer, type IncomingMessage, type Server } from 'node:http';
import { readFileSync } from 'node:fs';

export interface RecordedSend { method: string; path: string; authorization: string | undefined; body: Record<string, unknown> }
export interface FakeReply { status: number; body: unknown; delayMs?: number }

const EXAMPLES = JSON.parse(readFileSync(new URL('../fixtures/webhooks/contracts/send-api-examples.json', import.meta.url), 'utf8')) as
  Record<string, { status?: number; body?: unknown; response_200?: unknown }>;

/** The platform's real error body from the contracts, e.g. graphError('error_outside_window_messenger'). */
export function graphError(name: string): FakeReply {
  const example = EXAMPLES[name];
  if (!example?.status) throw new Error(`no error example ${name}`);
  return { status: example.status, body: example.body };
}

/**
 * A local stand-in for Meta's Graph API (the only fake in the suite): records every request and answers
 * with queued replies (the contracts' real error bodies) or a success carrying a fresh message id.
 */
export class FakeGraph {
  /** message sends (POST .../messages) */
  readonly sends: RecordedSend[] = [];
  /** profile lookups (GET /{psid}) */
  readonly profileRequests: RecordedSend[] = [];
  private readonly queued: FakeReply[] = [];
  private server!: Server;
  private seq = 0;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req).then(({ status, body }) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    }));
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as { port: number }).port}`;
    return this;
  }

  /** The next requests get these replies, in order; after them, successes. */
  replyWith(...replies: FakeReply[]): void {
    this.queued.push(...replies);
  }

  reset(): void {
    this.sends.length = 0;
    this.profileRequests.length = 0;
    this.queued.length = 0;
  }

  async stop(): Promise<void> {
    await new Promise((r) => this.server.close(r));
  }

  private async handle(req: IncomingMessage): Promise<FakeReply> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    const recorded = { method: req.method ?? '', path: req.url ?? '', authorization: req.headers.authorization, body };
    if (req.method === 'GET') {
      this.profileRequests.push(recorded);
      return { status: 200, body: { id: 'x', first_name: 'Lucía', last_name: 'Fernández', profile_pic: 'https://example.com/lucia.jpg' } };
    }
    this.sends.push(recorded);
    const reply = this.queued.shift();
    if (reply?.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
    if (reply) return reply;
    const id = `m_fake_${++this.seq}`;
    if (body.messaging_product === 'whatsapp') return { status: 200, body: { messaging_product: 'whatsapp', contacts: [{ wa_id: body.to }], messages: [{ id: `wamid.fake${this.seq}` }] } };
    return { status: 200, body: { recipient_id: (body.recipient as { id: string })?.id, message_id: id } };
  }
}
