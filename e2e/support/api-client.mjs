// The api over HTTP as an admin script or a platform would use it: bearer sessions and signed webhooks.
import { createHmac } from 'node:crypto';

export class ApiClient {
  constructor(baseUrl, token = null) {
    this.baseUrl = baseUrl;
    this.token = token;
  }

  static async login(baseUrl, email, password) {
    const client = new ApiClient(baseUrl);
    const { token, user } = await client.request('POST', '/api/auth/login', { email, password });
    client.token = token;
    client.user = user;
    return client;
  }

  /** JSON in and out; a non-2xx answer throws with the method, path, status and the api's message. */
  async request(method, path, body, headers = {}) {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(this.token ? { Authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed = text;
    try { parsed = text ? JSON.parse(text) : null; } catch { /* not JSON */ }
    if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${typeof parsed === 'string' ? parsed : JSON.stringify(parsed)}`);
    return parsed;
  }

  get(path) { return this.request('GET', path); }
  post(path, body) { return this.request('POST', path, body); }
  put(path, body) { return this.request('PUT', path, body); }
}

export const signature = (raw, secret) => `sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`;

/** Posts a Messenger webhook exactly as Meta would: raw JSON bytes signed with the app secret. */
export async function postMessengerWebhook(baseUrl, inbox, payload) {
  const raw = JSON.stringify(payload);
  const res = await fetch(`${baseUrl}/api/webhooks/messenger/${inbox.id}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Hub-Signature-256': signature(raw, inbox.appSecret) },
    body: raw,
  });
  const body = await res.json().catch(() => null);
  if (res.status !== 200) throw new Error(`the webhook answered ${res.status}: ${JSON.stringify(body)}`);
  return body;
}

/** One customer text message on a Page, stamped now so the 24-hour reply window is open. */
export function messengerText({ pageId, psid, mid, text, at = Date.now() }) {
  return {
    object: 'page',
    entry: [{ id: pageId, time: at, messaging: [{ sender: { id: psid }, recipient: { id: pageId }, timestamp: at, message: { mid, text } }] }],
  };
}
