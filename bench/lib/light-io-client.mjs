// A minimal socket.io client for playing 1,000 dashboards from one process: the same wire protocol as
// socket.io-client (engine.io 4 over a WebSocket, socket.io 5 packets, the handshake's auth payload, pings
// answered, acknowledgements), without its per-packet layers. On a 2-core box the load generator shares the
// cores with the servers it measures; socket.io-client's parsing cost it about half a core at 20,000
// frames/s, which the servers then did not get. The frames, rooms and server work are unchanged: only the
// reading side is cheaper. `BENCH_RT_CLIENT=socket.io-client` uses the real client instead.
import WebSocket from 'ws';

const OPEN = '0';
const PING = '2';
const MESSAGE = '4';
// socket.io packet types, after the engine.io MESSAGE type
const CONNECT = '0';
const EVENT = '2';
const ACK = '3';
const CONNECT_ERROR = '4';

class LightSocket {
  constructor(url, { auth = {}, timeout = 30_000 } = {}) {
    this.handlers = new Map();
    this.acks = new Map();
    this.nextAck = 0;
    this.connected = false;
    const u = new URL(url);
    this.ws = new WebSocket(`ws://${u.host}/socket.io/?EIO=4&transport=websocket`, { perMessageDeflate: false });
    this.ws.on('message', (data, isBinary) => this.onMessage(isBinary ? data : data.toString()));
    this.ws.on('error', (error) => this.fail(error));
    this.ws.on('close', () => { this.connected = false; });
    this.auth = auth;
    this.connectTimer = setTimeout(() => this.fail(new Error('timeout')), timeout);
  }

  onMessage(text) {
    if (typeof text !== 'string') return;
    const type = text[0];
    if (type === PING) return this.ws.send('3');
    if (type === OPEN) return this.ws.send(`40${JSON.stringify(this.auth)}`);
    if (type !== MESSAGE) return;
    const kind = text[1];
    if (kind === EVENT) {
      const [event, payload] = JSON.parse(text.slice(2));
      const handler = this.handlers.get(event);
      if (handler) handler(payload);
    } else if (kind === ACK) {
      const at = text.indexOf('[');
      const id = Number(text.slice(2, at));
      const [response] = JSON.parse(text.slice(at));
      this.acks.get(id)?.(response);
      this.acks.delete(id);
    } else if (kind === CONNECT) {
      clearTimeout(this.connectTimer);
      this.connected = true;
      this.handlers.get('connect')?.();
    } else if (kind === CONNECT_ERROR) {
      this.fail(new Error(JSON.parse(text.slice(2)).message));
    }
  }

  fail(error) {
    clearTimeout(this.connectTimer);
    if (!this.connected) this.handlers.get('connect_error')?.(error);
  }

  on(event, handler) {
    this.handlers.set(event, handler);
    return this;
  }

  once(event, handler) {
    return this.on(event, (...args) => { this.handlers.delete(event); handler(...args); });
  }

  timeout(ms) {
    return {
      emitWithAck: (event, payload) => new Promise((resolve, reject) => {
        const id = this.nextAck++;
        const timer = setTimeout(() => { this.acks.delete(id); reject(new Error(`${event}: no acknowledgement within ${ms} ms`)); }, ms);
        this.acks.set(id, (response) => { clearTimeout(timer); resolve(response); });
        this.ws.send(`42${id}${JSON.stringify([event, payload])}`);
      }),
    };
  }

  disconnect() {
    clearTimeout(this.connectTimer);
    if (this.ws.readyState === WebSocket.OPEN) this.ws.send('41');
    this.ws.close();
  }
}

/** Same call shape as socket.io-client's `io(url, options)`, for the options the bench uses. */
export function lightIo(url, options) {
  return new LightSocket(url, options);
}
