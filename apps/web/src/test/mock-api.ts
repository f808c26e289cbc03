import { vi } from 'vitest';

export interface MockRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

export type MockHandler = (req: MockRequest) => { status?: number; body?: unknown } | undefined;

/**
 * Replaces fetch at the network boundary. Handlers are tried in order; the first that answers wins.
 * Every request is recorded so tests can assert what the UI sent.
 */
export function mockApi(handlers: MockHandler[]) {
  const requests: MockRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const req: MockRequest = {
      method: init?.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    requests.push(req);
    for (const handler of handlers) {
      const res = handler(req);
      if (res) {
        const status = res.status ?? 200;
        // 204 and its kin must have no body at all (the Response constructor refuses even an empty one).
        const noBody = status === 204 || status === 205 || status === 304;
        return new Response(noBody ? null : res.body === undefined ? '' : JSON.stringify(res.body), { status, headers: { 'Content-Type': 'application/json' } });
      }
    }
    return new Response(JSON.stringify({ statusCode: 404, message: `No mock for ${req.method} ${req.path}`, error: 'Not Found' }), { status: 404 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { requests, fetchMock };
}

export const route = (method: string, path: string | RegExp, respond: (req: MockRequest) => { status?: number; body?: unknown }): MockHandler =>
  (req) => (req.method === method && (typeof path === 'string' ? req.path === path : path.test(req.path)) ? respond(req) : undefined);
