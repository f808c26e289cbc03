import type { ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, waitFor } from '@testing-library/react';
import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { conversation, message } from '../../../test/fixtures';
import { mockApi, route, type MockRequest } from '../../../test/mock-api';
import { queryKeys } from '../../http/query-keys';
import { RealtimeProvider } from '../../realtime/components/realtime-provider';
import { useMessages } from './use-messages';
import { useMessagesRealtime } from './use-messages-realtime';
import { useThreadRoom } from './use-thread-room';

type Ack = (r: { ok: boolean }) => void;

/**
 * Stands in for the socket.io client. `receive` is an event from the server; what the app emits is recorded
 * in `sent` and acknowledged with `ok` like the gateway does.
 */
class FakeSocket extends EventEmitter {
  connected = false;
  readonly sent: { event: string; conversationId: string }[] = [];
  connect = vi.fn();
  disconnect = vi.fn();
  override emit(event: string, ...args: unknown[]): boolean {
    if (event !== 'conversation.view' && event !== 'conversation.leave') return super.emit(event, ...args);
    const [{ conversationId }, ack] = args as [{ conversationId: string }, Ack];
    this.sent.push({ event, conversationId });
    queueMicrotask(() => ack({ ok: true }));
    return true;
  }
  receive(event: string, payload?: unknown): void {
    if (event === 'connect') this.connected = true;
    if (event === 'disconnect') this.connected = false;
    super.emit(event, payload);
  }
}
let socket: FakeSocket;
vi.mock('../../realtime/socket', () => ({ createSocket: () => socket, ignoreAck: () => undefined }));

function OpenThread({ conversationId }: { conversationId: string }) {
  useMessages(conversationId);
  useThreadRoom(conversationId);
  return null;
}

function Subscriptions() {
  useMessagesRealtime();
  return null;
}

function setup(ui: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const view = render(<QueryClientProvider client={client}><RealtimeProvider><Subscriptions />{ui}</RealtimeProvider></QueryClientProvider>);
  return { client, view };
}

const reads = (requests: MockRequest[], conversationId: string) => requests.filter((r) => r.path === `/api/conversations/${conversationId}/messages`).length;

describe('an open thread and its conversation room', () => {
  let requests: MockRequest[];
  beforeEach(() => {
    socket = new FakeSocket();
    ({ requests } = mockApi([route('GET', /\/messages$/, (req) => ({ body: { items: [message({ conversationId: req.path.split('/')[3] })], nextCursor: null } }))]));
  });

  it('joins the room once connected, again after a reconnect, reads the thread again after each join, and leaves when closed', async () => {
    const { client, view } = setup(<OpenThread conversationId="c1" />);
    expect(socket.sent).toEqual([]);
    act(() => socket.receive('connect'));
    expect(socket.sent).toEqual([{ event: 'conversation.view', conversationId: 'c1' }]);
    // The first read may have been answered before the join: the confirmed join reads again.
    await waitFor(() => expect(reads(requests, 'c1')).toBe(2));

    act(() => socket.receive('disconnect', 'transport close'));
    act(() => socket.receive('connect'));
    // No leave is sent on the dropped connection; the new one joins again.
    expect(socket.sent.map((s) => s.event)).toEqual(['conversation.view', 'conversation.view']);
    await waitFor(() => expect(reads(requests, 'c1')).toBe(3));

    view.rerender(<QueryClientProvider client={client}><RealtimeProvider><Subscriptions /></RealtimeProvider></QueryClientProvider>);
    expect(socket.sent.at(-1)).toEqual({ event: 'conversation.leave', conversationId: 'c1' });
  });

  it('marks a cached thread that is not open stale on its list row, without reading it, and leaves the open one alone', async () => {
    const { client } = setup(<OpenThread conversationId="open" />);
    act(() => socket.receive('connect'));
    client.setQueryData(queryKeys.messages('closed'), { pages: [{ items: [message({ conversationId: 'closed' })], nextCursor: null }], pageParams: [undefined] });
    await waitFor(() => expect(reads(requests, 'open')).toBe(2));

    act(() => {
      socket.receive('conversation.updated', { conversation: conversation({ id: 'closed', snippet: 'a message this socket did not get' }) });
      socket.receive('conversation.updated', { conversation: conversation({ id: 'open' }) });
    });

    expect(client.getQueryState(queryKeys.messages('closed'))?.isInvalidated).toBe(true);
    expect(client.getQueryState(queryKeys.messages('open'))?.isInvalidated).toBe(false);
    await new Promise((r) => setTimeout(r, 20));
    expect(reads(requests, 'closed')).toBe(0);
    expect(reads(requests, 'open')).toBe(2);
  });

  it('reads a stale thread again when it is opened', async () => {
    const { client, view } = setup(null);
    client.setQueryData(queryKeys.messages('c2'), { pages: [{ items: [message({ conversationId: 'c2' })], nextCursor: null }], pageParams: [undefined] });
    act(() => socket.receive('conversation.updated', { conversation: conversation({ id: 'c2' }) }));
    // Not connected: no join and no second read, only the read the stale mark asks for.
    view.rerender(<QueryClientProvider client={client}><RealtimeProvider><Subscriptions /><OpenThread conversationId="c2" /></RealtimeProvider></QueryClientProvider>);
    await waitFor(() => expect(reads(requests, 'c2')).toBe(1));
    expect(socket.sent).toEqual([]);
  });
});
