import type { EntityManager } from 'typeorm';
import type { ClientEventMap, ClientEventName, JobName, JobPayloads, RealtimeAudience } from '@parley/contracts';
import { OutboxEntity } from '../database/entities/index.js';

export interface JobRowOptions { jobId?: string; delayMs?: number }

/**
 * Writes jobs and realtime events into the outbox inside the caller's transaction: they exist if and
 * only if the change that caused them committed.
 */
export class OutboxWriter {
  constructor(private readonly manager: EntityManager) {}

  async job<N extends JobName>(name: N, data: JobPayloads[N], options: JobRowOptions = {}): Promise<void> {
    await this.manager.insert(OutboxEntity, { kind: 'job', name, payload: data, options: { ...options } } as never);
  }

  /** Several realtime events in one insert (the ingestion hot path writes two per message). */
  async realtimeMany(events: { [E in ClientEventName]: { event: E; payload: Parameters<ClientEventMap[E]>[0]; audiences: RealtimeAudience[] } }[ClientEventName][]): Promise<void> {
    if (events.length === 0) return;
    await this.manager.insert(OutboxEntity, events.map((e) => ({
      kind: 'realtime' as const, name: e.event, payload: e.payload, options: { audiences: e.audiences },
    })) as never);
  }

  async realtime<E extends ClientEventName>(
    event: E, payload: Parameters<ClientEventMap[E]>[0], audiences: RealtimeAudience[],
  ): Promise<void> {
    await this.manager.insert(OutboxEntity, {
      kind: 'realtime', name: event, payload, options: { audiences },
    } as never);
  }
}
