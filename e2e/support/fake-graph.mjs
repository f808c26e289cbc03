// A local stand-in for Meta's Graph API for the browser suite (the .mjs twin of test/support/fake-graph.ts):
// records message sends and profile look-ups and answers each with a success, or with the errors queued by replyWith.
import { createServer } from 'node:http';

// The contact's profile picture: served here so the browser never reaches for the internet.
const AVATAR = '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" fill="#00897b"/>'
  + '<text x="32" y="42" font-size="28" text-anchor="middle" fill="#fff" font-family="sans-serif">LF</text></svg>';

export class FakeGraph {
  /** POST .../messages, in arrival order */
  sends = [];
  /** GET /{psid} */
  profileRequests = [];
  url = '';
  #server;
  #seq = 0;
  #queued = [];

  /** The next sends get these answers ({ status, body }), in order; after them, successes. */
  replyWith(...replies) {
    this.#queued.push(...replies);
  }

  async start() {
    this.#server = createServer((req, res) => {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        if (req.url === '/avatar.svg') {
          res.writeHead(200, { 'Content-Type': 'image/svg+xml' });
          return res.end(AVATAR);
        }
        const text = Buffer.concat(chunks).toString('utf8');
        const { status, body } = this.#answer(req, text);
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(body));
      });
    });
    await new Promise((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${this.#server.address().port}`;
    return this;
  }

  stop() {
    return new Promise((resolve) => (this.#server ? this.#server.close(() => resolve()) : resolve()));
  }

  #answer(req, text) {
    let body = {};
    try { body = text ? JSON.parse(text) : {}; } catch { return { status: 400, body: { error: { message: 'invalid JSON', code: 100 } } }; }
    const recorded = { method: req.method, path: req.url, authorization: req.headers.authorization, body };
    if (req.method === 'GET') {
      this.profileRequests.push(recorded);
      return { status: 200, body: { id: 'x', first_name: 'Lucía', last_name: 'Fernández', profile_pic: `${this.url}/avatar.svg` } };
    }
    this.sends.push(recorded);
    const queued = this.#queued.shift();
    if (queued) return queued;
    const id = `m_fake_${++this.#seq}`;
    return { status: 200, body: { recipient_id: body.recipient?.id, message_id: id } };
  }
}
