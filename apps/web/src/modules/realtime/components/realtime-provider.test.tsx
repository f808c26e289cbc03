import { act, render, screen } from '@testing-library/react';
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RealtimeProvider, useRealtime } from './realtime-provider';

/** Stands in for the socket.io client: the provider only listens to it and calls connect/disconnect. */
class FakeSocket extends EventEmitter {
  connect = vi.fn();
  disconnect = vi.fn();
}
let socket: FakeSocket;
vi.mock('../socket', () => ({ createSocket: () => socket }));

function State() {
  return <p>{useRealtime().state}</p>;
}

describe('the realtime connection', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    socket = new FakeSocket();
  });
  afterEach(() => vi.useRealTimers());

  it('comes back by itself after the server dropped the socket (socket.io would not retry that case)', () => {
    render(<RealtimeProvider><State /></RealtimeProvider>);
    act(() => { socket.emit('connect'); });
    expect(screen.getByText('connected')).toBeInTheDocument();
    act(() => { socket.emit('disconnect', 'io server disconnect'); });
    expect(screen.getByText('disconnected')).toBeInTheDocument();
    expect(socket.connect).not.toHaveBeenCalled();
    act(() => { vi.advanceTimersByTime(1000); });
    expect(socket.connect).toHaveBeenCalledTimes(1);
  });

  it('leaves ordinary drops to socket.io’s own reconnection, and stops retrying once unmounted', () => {
    const view = render(<RealtimeProvider><State /></RealtimeProvider>);
    act(() => { socket.emit('disconnect', 'transport close'); });
    act(() => { vi.advanceTimersByTime(5000); });
    expect(socket.connect).not.toHaveBeenCalled();
    act(() => { socket.emit('disconnect', 'io server disconnect'); });
    view.unmount();
    act(() => { vi.advanceTimersByTime(5000); });
    expect(socket.connect).not.toHaveBeenCalled();
    expect(socket.disconnect).toHaveBeenCalled();
  });
});
