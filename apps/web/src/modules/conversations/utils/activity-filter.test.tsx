// Pure logic of the report links' activity filter (a .tsx name because Vitest here only collects *.test.tsx).
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { conversation } from '../../../test/fixtures';
import { queryKeys } from '../../http/query-keys';
import type { ListQuery } from '../api/conversations.api';
import { applyConversation, type ConversationPages } from './conversation-cache';
import { describeActivityFilter, formatActivityRange } from './describe-activity-filter';
import { parseActivityFilter } from './parse-activity-filter';

const AGENT = '00000000-0000-4000-8000-0000000000a1';
const FROM = '2026-10-28T12:00:00.000Z';
const TO = '2026-11-27T12:00:00.000Z';
const parse = (qs: string) => parseActivityFilter(new URLSearchParams(qs));

describe('parseActivityFilter', () => {
  it('reads a complete filter', () => {
    expect(parse(`activity=replied&activityFrom=${FROM}&activityTo=${TO}&activityBy=${AGENT}`))
      .toEqual({ activity: 'replied', activityFrom: FROM, activityTo: TO, activityBy: AGENT });
  });

  it('drops the whole filter when a part the API requires is missing or wrong', () => {
    expect(parse('activity=resolved')).toEqual({});
    expect(parse(`activity=resolved&activityFrom=${FROM}`)).toEqual({});
    expect(parse(`activity=bogus&activityFrom=${FROM}&activityTo=${TO}`)).toEqual({});
    expect(parse(`activityFrom=${FROM}&activityTo=${TO}&activityBy=${AGENT}`)).toEqual({});
    expect(parse(`activity=created&activityFrom=2026-10-28&activityTo=${TO}`)).toEqual({});
    expect(parse(`activity=created&activityFrom=${TO}&activityTo=${FROM}`)).toEqual({});
  });

  it('drops only the agent when it is not a user id', () => {
    expect(parse(`activity=resolved&activityFrom=${FROM}&activityTo=${TO}&activityBy=ana`)).toEqual({ activity: 'resolved', activityFrom: FROM, activityTo: TO });
  });
});

describe('describeActivityFilter', () => {
  it('names the activity in words, the agent, and the range', () => {
    const text = describeActivityFilter({ activity: 'sla_missed', activityFrom: FROM, activityTo: TO, activityBy: AGENT }, 'Ana García');
    expect(text).toMatch(/^SLA breached by Ana García · .*28.*–.*27/);
    expect(describeActivityFilter({ activity: 'incoming', activityFrom: FROM, activityTo: TO }, null)).toMatch(/^Customer messages · /);
    expect(describeActivityFilter({ activity: 'created', activityFrom: FROM, activityTo: TO, activityBy: AGENT }, null)).toMatch(/^New by one agent · /);
  });

  it('shows a whole local day as that day, and a short range with times', () => {
    const day = formatActivityRange(new Date(2026, 2, 1).toISOString(), new Date(2026, 2, 2).toISOString());
    expect(day).toMatch(/1/);
    expect(day).not.toMatch(/2|–/);
    const hour = formatActivityRange(new Date(2026, 2, 1, 10).toISOString(), new Date(2026, 2, 1, 11).toISOString());
    expect(hour).toMatch(/10.*11/);
  });
});

describe('realtime updates of a list filtered by activity', () => {
  const filtered: ListQuery = { view: 'all', status: 'any', activity: 'resolved', activityFrom: FROM, activityTo: TO };
  const key = queryKeys.conversationList(filtered);
  const pages = (ids: string[]): ConversationPages => ({ pages: [{ items: ids.map((id) => conversation({ id })), nextCursor: null }], pageParams: [undefined] });
  const ids = (client: QueryClient) => client.getQueryData<ConversationPages>(key)!.pages.flatMap((p) => p.items.map((i) => i.id));

  it('updates rows it has but does not take in other conversations', () => {
    const client = new QueryClient();
    client.setQueryData(key, pages(['c1']));
    applyConversation(client, conversation({ id: 'c2', version: 2 }));
    expect(ids(client)).toEqual(['c1']);
    applyConversation(client, conversation({ id: 'c1', version: 2, snippet: 'Updated' }));
    expect(client.getQueryData<ConversationPages>(key)!.pages[0]!.items[0]!.snippet).toBe('Updated');
  });
});
