// Which list a user lands on (a .tsx name because Vitest here only collects *.test.tsx).
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rememberSignedIn } from '../../auth/utils/session-hint';
import { queryKeys } from '../../http/query-keys';
import { prefetchFirstScreen } from '../../inbox/utils/prefetch-first-screen';
import { parseListQuery } from './parse-list-query';

describe('the list a user lands on', () => {
  afterEach(() => {
    rememberSignedIn(false);
    vi.unstubAllGlobals();
  });

  it('opens an agent on their own queue, and a manager or admin on all conversations', () => {
    const none = new URLSearchParams('');
    expect(parseListQuery(none, 'agent')).toMatchObject({ view: 'mine', status: 'open', sort: 'latest' });
    expect(parseListQuery(none, 'manager')).toMatchObject({ view: 'all', status: 'open' });
    expect(parseListQuery(none, 'admin')).toMatchObject({ view: 'all', status: 'open' });
    expect(parseListQuery(none, null).view).toBe('mine');
  });

  it('keeps the view the URL names, whoever opens it', () => {
    expect(parseListQuery(new URLSearchParams('view=mine'), 'admin').view).toBe('mine');
    expect(parseListQuery(new URLSearchParams('view=archived'), 'agent')).toMatchObject({ view: 'archived', status: 'any' });
  });

  it('prefetches the first screen of the view the remembered user will land on', async () => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', vi.fn(async (url: string) => {
      fetched.push(String(url));
      return new Response(JSON.stringify({ items: [], nextCursor: null, all: 0 }), { status: 200, headers: { 'content-type': 'application/json' } });
    }));
    rememberSignedIn(true, 'manager');
    const client = new QueryClient();
    prefetchFirstScreen(client, { pathname: '/', search: '' });
    await vi.waitFor(() => expect(fetched.some((u) => u.includes('/conversations?'))).toBe(true));
    expect(fetched.find((u) => u.includes('/conversations?'))).toContain('view=all');
    expect(client.getQueryState(queryKeys.conversationList(parseListQuery(new URLSearchParams(''), 'manager')))).toBeDefined();
  });
});
