import { Injectable, Logger } from '@nestjs/common';
import { GraphApiError, type GraphApiClient } from '@parley/channels';
import { ContactEntity, InjectConfig, returningRows, TransactionRunner, type ParleyConfig } from '@parley/core';
import { meteredGraphClient } from '../delivery/metered-graph-client.js';
import { toListItem } from '../conversations/conversation-row.js';
import { ConversationsRepository } from '../conversations/conversations.repository.js';
import { DataSource } from 'typeorm';

const REFRESH_AFTER_MS = 7 * 24 * 3600_000;

/**
 * Names and avatars for Messenger and Instagram contacts come from the Graph API, fetched by a job after
 * ingestion (never blocking it) and cached on the contact for a week.
 */
@Injectable()
export class ContactProfileService {
  private readonly logger = new Logger('ContactProfile');
  private readonly graph: GraphApiClient;

  constructor(
    private readonly dataSource: DataSource, private readonly tx: TransactionRunner, private readonly conversations: ConversationsRepository,
    @InjectConfig() config: ParleyConfig,
  ) {
    this.graph = meteredGraphClient(config.GRAPH_API_URL, config.GRAPH_TIMEOUT_MS);
  }

  async refresh(contactId: string, now = new Date()): Promise<'updated' | 'fresh' | 'skipped'> {
    const [row] = await this.dataSource.query(
      `SELECT ct.platform_id, ct.profile_fetched_at, i.channel, i.access_token FROM contacts ct JOIN inboxes i ON i.id = ct.inbox_id WHERE ct.id = $1`,
      [contactId]);
    if (!row || !['messenger', 'instagram'].includes(row.channel) || !row.access_token) return 'skipped';
    if (row.profile_fetched_at && now.getTime() - new Date(row.profile_fetched_at).getTime() < REFRESH_AFTER_MS) return 'fresh';
    try {
      const profile = await this.graph.fetchProfile({ psid: row.platform_id, accessToken: row.access_token });
      await this.tx.run(async ({ manager, outbox }) => {
        await manager.update(ContactEntity, contactId, {
          ...(profile.name ? { name: profile.name } : {}), ...(profile.avatarUrl ? { avatarUrl: profile.avatarUrl } : {}), profileFetchedAt: now,
        });
        // Open lists show "unknown contact" until told: push the named rows, with a newer version.
        const bumped = returningRows<{ id: string }>(await manager.query(
          'UPDATE conversations SET version = version + 1, updated_at = now() WHERE contact_id = $1 RETURNING id', [contactId]));
        for (const row of await this.conversations.findRows(bumped.map((r) => r.id), manager)) {
          await outbox.realtime('conversation.updated', { conversation: toListItem(row) }, [{ inboxId: row.inbox_id }]);
        }
      });
      return 'updated';
    } catch (error) {
      if (error instanceof GraphApiError && error.kind !== 'transient') {
        // Some users hide their profile: remember we asked, and keep the platform id as the name.
        this.logger.warn(`profile of contact ${contactId} unavailable: ${error.explanation}`);
        await this.dataSource.manager.update(ContactEntity, contactId, { profileFetchedAt: now });
        return 'skipped';
      }
      throw error;
    }
  }
}
