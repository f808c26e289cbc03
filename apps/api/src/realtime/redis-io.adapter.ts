import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import type { Server, ServerOptions } from 'socket.io';
import { realtimeChannelKey } from '@parley/core';

/**
 * socket.io over the classic Redis adapter: every api process delivers what any process or worker
 * publishes (workers use the Redis emitter on the same key). Pub/sub needs no persistence, and ioredis
 * reconnects on its own after a Redis restart.
 */
export class RedisIoAdapter extends IoAdapter {
  private adapter?: ReturnType<typeof createAdapter>;
  private clients: Redis[] = [];

  constructor(app: INestApplicationContext, private readonly redisUrl: string, private readonly keyPrefix: string) {
    super(app);
  }

  async connect(): Promise<void> {
    const pub = new Redis(this.redisUrl);
    const sub = pub.duplicate();
    this.clients = [pub, sub];
    this.adapter = createAdapter(pub, sub, { key: realtimeChannelKey(this.keyPrefix) });
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server: Server = super.createIOServer(port, { ...options, transports: ['websocket', 'polling'] } as ServerOptions);
    if (this.adapter) server.adapter(this.adapter);
    return server;
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    this.clients.forEach((c) => c.disconnect());
  }
}
