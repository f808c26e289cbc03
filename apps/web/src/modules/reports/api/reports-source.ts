import type { ConversationListItemDto, UserRefDto, ViewCountsDto } from '@parley/contracts';
import { conversationsApi } from '../../conversations/api/conversations.api';
import { usersApi } from '../../directory/api/directory.api';

export interface AgentLoad {
  agent: UserRefDto;
  open: number;
  /** true when the agent has more than we counted (the list is read one page deep) */
  capped: boolean;
}

export interface ReportsOverview {
  generatedAt: string;
  counts: ViewCountsDto;
  longestWaiting: ConversationListItemDto[];
  agentLoad: AgentLoad[];
}

/** Where the manager page gets its numbers. Swap the implementation for a reports API without touching the UI. */
export interface ReportsSource {
  overview: () => Promise<ReportsOverview>;
}

const LOAD_PAGE = 100;

/**
 * Interim source built from the inbox endpoints: counts, the waiting-sorted list and one open-list page per
 * agent. Fine for tens of agents; a reports endpoint reading aggregates should replace it.
 */
export const listBasedReportsSource: ReportsSource = {
  async overview() {
    const [counts, waiting, users] = await Promise.all([
      conversationsApi.counts(),
      conversationsApi.list({ view: 'all', status: 'open', unanswered: true, sort: 'waiting', limit: 10 }),
      usersApi.list(),
    ]);
    const agentLoad = await Promise.all(
      users.map(async (u): Promise<AgentLoad> => {
        const page = await conversationsApi.list({ view: 'all', status: 'open', assigneeId: u.id, limit: LOAD_PAGE });
        return { agent: { id: u.id, name: u.name }, open: page.items.length, capped: page.nextCursor !== null };
      }),
    );
    agentLoad.sort((a, b) => b.open - a.open);
    return { generatedAt: new Date().toISOString(), counts, longestWaiting: waiting.items, agentLoad };
  },
};
