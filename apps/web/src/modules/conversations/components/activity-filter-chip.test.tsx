import { ThemeProvider } from '@mui/material/styles';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { UserDto } from '@parley/contracts';
import { createAppTheme } from '../../../app/theme/create-app-theme';
import { conversation, me } from '../../../test/fixtures';
import { mockApi, route, type MockRequest } from '../../../test/mock-api';
import { queryKeys } from '../../http/query-keys';
import { InboxWorkspace } from '../../inbox/components/inbox-workspace';
import { ToastProvider } from '../../ui/components/toast-provider';

const ANA = '00000000-0000-4000-8000-0000000000a1';
const INBOX = '00000000-0000-4000-8000-0000000000b1';
const users: UserDto[] = [me, { ...me, id: ANA, email: 'ana.garcia@example.com', name: 'Ana García', role: 'agent' }];
const ACTIVITY_KEYS = ['activity', 'activityFrom', 'activityTo', 'activityBy'];

/** Where the list sits in the app: the inbox at `/`, opened from a report link. */
function renderInboxAt(url: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  client.setQueryData(queryKeys.me, me);
  function CurrentSearch() {
    return <output data-testid="search">{useLocation().search}</output>;
  }
  return render(
    <QueryClientProvider client={client}>
      <ThemeProvider theme={createAppTheme('light')}>
        <ToastProvider>
          <MemoryRouter initialEntries={[url]}>
            <Routes><Route path="/" element={<><InboxWorkspace /><CurrentSearch /></>} /></Routes>
          </MemoryRouter>
        </ToastProvider>
      </ThemeProvider>
    </QueryClientProvider>,
  );
}

function mockInbox() {
  return mockApi([
    route('GET', '/api/conversations', () => ({ body: { items: [conversation({ id: 'c1' })], nextCursor: null } })),
    route('GET', '/api/conversations/counts', () => ({ body: { mine: 0, unassigned: 0, all: 1, archived: 0 } })),
    route('GET', '/api/users', () => ({ body: users })),
    route('GET', /^\/api\/(teams|inboxes|tags)$/, () => ({ body: [] })),
  ]);
}

const listRequests = (requests: MockRequest[]) => requests.filter((r) => r.method === 'GET' && r.path === '/api/conversations');

describe('the conversation list opened from a report figure', () => {
  it('asks for the conversations behind the figure and says so in a chip', async () => {
    const { requests } = mockInbox();
    renderInboxAt(`/?view=all&status=any&activity=resolved&activityFrom=2026-10-28T12:00:00.000Z&activityTo=2026-11-27T12:00:00.000Z&activityBy=${ANA}&inboxId=${INBOX}`);

    const chip = await screen.findByRole('button', { name: /^Resolved by Ana García · / });
    expect(chip).toHaveTextContent(/28/);
    expect(chip).toHaveTextContent(/27/);
    const [first] = listRequests(requests);
    expect(Object.fromEntries(first!.query)).toMatchObject({
      view: 'all', status: 'any', inboxId: INBOX,
      activity: 'resolved', activityFrom: '2026-10-28T12:00:00.000Z', activityTo: '2026-11-27T12:00:00.000Z', activityBy: ANA,
    });
    // The counts endpoint takes no filters, so the view counts stay those of the whole inbox.
    expect(requests.find((r) => r.path === '/api/conversations/counts')?.query.get('activity')).toBeNull();
  });

  it('goes back to the plain list, with the other filters kept, when the chip is removed', async () => {
    const { requests } = mockInbox();
    renderInboxAt(`/?view=all&status=any&activity=replied&activityFrom=2026-10-28T12:00:00.000Z&activityTo=2026-11-27T12:00:00.000Z&activityBy=${ANA}&inboxId=${INBOX}`);

    const chip = await screen.findByRole('button', { name: /^Replied by Ana García/ });
    await userEvent.click(within(chip).getByTitle('Remove this filter'));

    await waitFor(() => expect(listRequests(requests).length).toBe(2));
    const last = listRequests(requests).at(-1)!;
    for (const key of ACTIVITY_KEYS) expect(last.query.has(key)).toBe(false);
    expect(last.query.get('inboxId')).toBe(INBOX);
    expect(last.query.get('view')).toBe('all');
    expect(screen.queryByRole('button', { name: /^Replied/ })).not.toBeInTheDocument();
    expect(screen.getByTestId('search').textContent).toBe(`?view=all&status=any&inboxId=${INBOX}`);
  });

  it('names the agent "one agent" when the directory does not know them', async () => {
    mockInbox();
    const stranger = '00000000-0000-4000-8000-0000000000ff';
    renderInboxAt(`/?view=all&activity=sla_missed&activityFrom=2026-10-28T12:00:00.000Z&activityTo=2026-11-27T12:00:00.000Z&activityBy=${stranger}`);
    expect(await screen.findByRole('button', { name: /^SLA breached by one agent · / })).toBeInTheDocument();
  });

  it.each([
    ['an activity without dates', 'activity=resolved'],
    ['an unknown activity', 'activity=closed&activityFrom=2026-10-28T12:00:00.000Z&activityTo=2026-11-27T12:00:00.000Z'],
    ['dates without an activity', 'activityFrom=2026-10-28T12:00:00.000Z&activityTo=2026-11-27T12:00:00.000Z'],
    ['a date that is not a date-time', 'activity=created&activityFrom=yesterday&activityTo=2026-11-27T12:00:00.000Z'],
  ])('ignores %s instead of sending it', async (_, params) => {
    const { requests } = mockInbox();
    renderInboxAt(`/?view=all&${params}`);
    await waitFor(() => expect(listRequests(requests).length).toBe(1));
    const [first] = listRequests(requests);
    for (const key of ACTIVITY_KEYS) expect(first!.query.has(key)).toBe(false);
    expect(first!.query.get('view')).toBe('all');
    expect(screen.queryByTitle('Remove this filter')).not.toBeInTheDocument();
  });
});
