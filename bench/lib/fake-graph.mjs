// A plain-JS twin of test/support/fake-graph.ts for the benches: a local stand-in for Meta's Graph API that
// answers every send with success and records when each arrived (performance.now() in the bench process).
import http from 'node:http';

export class FakeGraph {
  /** message sends: { t, path, metadata, recipientId } */
  sends = [];
  /** profile lookups (GET /{psid}) */
  profiles = 0;
  url = '';
  #server;
  #seq = 0;
  /** called with every recorded send (after it is pushed) */
  onSend = null;

  async start() {
    this.#server = http.createServer((req, res) => {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body = {};
        try { body = text ? JSON.parse(text) : {}; } catch { /* recorded as empty */ }
        let reply;
        if (req.method === 'GET') {
          this.profiles++;
          reply = { id: 'x', first_name: 'Lucía', last_name: 'Fernández', profile_pic: 'https://example.com/lucia.jpg' };
        } else {
          const send = { t: performance.now(), path: req.url, metadata: body.metadata ?? body.message?.metadata, recipientId: body.recipient?.id };
          this.sends.push(send);
          this.onSend?.(send);
          reply = { recipient_id: body.recipient?.id, message_id: `m_fake_${++this.#seq}` };
        }
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(reply));
      });
    });
    this.#server.keepAliveTimeout = 30_000;
    await new Promise((r) => this.#server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${this.#server.address().port}`;
    return this;
  }

  stop() {
    this.#server.closeAllConnections?.();
    return new Promise((r) => this.#server.close(r));
  }
}

/** The most sends inside any 1-second window (sliding, to the sample), for sorted times in ms. */
export function maxInWindow(times, windowMs = 1000) {
  const t = Float64Array.from(times).sort();
  let best = 0;
  for (let i = 0, j = 0; i < t.length; i++) {
    while (t[i] - t[j] >= windowMs) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}
