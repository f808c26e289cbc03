import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { conversation } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { ConversationList, type ConversationListProps } from './conversation-list';

// jsdom has no layout: give the scroll container a size so the virtualizer renders rows.
const sizes = { clientHeight: 800, clientWidth: 400, offsetHeight: 800, offsetWidth: 400 };
const originals = Object.fromEntries(Object.keys(sizes).map((k) => [k, Object.getOwnPropertyDescriptor(HTMLElement.prototype, k)]));
beforeAll(() => {
  for (const [key, value] of Object.entries(sizes)) Object.defineProperty(HTMLElement.prototype, key, { configurable: true, get: () => value });
});
afterAll(() => {
  for (const [key, descriptor] of Object.entries(originals)) if (descriptor) Object.defineProperty(HTMLElement.prototype, key, descriptor);
});

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

function props(overrides: Partial<ConversationListProps> = {}): ConversationListProps {
  return {
    items: [
      conversation({ id: 'c1', contact: { id: 'a', name: 'Carla Customer', avatarUrl: null }, unreadCount: 3, unanswered: true, waitingSince: minutesAgo(12), assignee: { id: 'u2', name: 'Bob Builder' } }),
      conversation({ id: 'c2', channel: 'whatsapp', contact: { id: 'b', name: 'Dan Doe', avatarUrl: null }, snippet: 'Thanks, all good', tags: [{ id: 't1', name: 'refund', color: '#e53935' }], priority: 'urgent' }),
    ],
    activeId: undefined,
    highlightedIndex: -1,
    checkedIds: new Set(),
    hasNextPage: false,
    isFetchingNextPage: false,
    onLoadMore: vi.fn(),
    onOpen: vi.fn(),
    onToggleCheck: vi.fn(),
    ...overrides,
  };
}

describe('ConversationList', () => {
  it('renders a row per conversation with name, snippet, channel and tags', () => {
    renderWithProviders(<ConversationList {...props()} />);
    const rows = screen.getAllByTestId('conversation-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Carla Customer');
    expect(rows[0]).toHaveTextContent('Where is my order?');
    expect(rows[1]).toHaveTextContent('Thanks, all good');
    expect(within(rows[1] as HTMLElement).getByText('refund')).toBeInTheDocument();
    expect(within(rows[1] as HTMLElement).getByTitle('WhatsApp')).toBeInTheDocument();
  });

  it('shows the unread badge only on rows with unread messages', () => {
    renderWithProviders(<ConversationList {...props()} />);
    const badges = screen.getAllByTestId('unread-badge');
    expect(badges).toHaveLength(1);
    expect(badges[0]).toHaveTextContent('3');
    expect(within(screen.getAllByTestId('conversation-row')[0] as HTMLElement).getByTestId('unread-badge')).toBeInTheDocument();
  });

  it('shows how long an unanswered customer has been waiting, and the assignee initials', () => {
    renderWithProviders(<ConversationList {...props()} />);
    const [first, second] = screen.getAllByTestId('conversation-row') as HTMLElement[];
    expect(within(first as HTMLElement).getByText('waiting 12m')).toBeInTheDocument();
    expect(within(first as HTMLElement).getByText('BB')).toBeInTheDocument();
    expect(within(second as HTMLElement).queryByText(/waiting/)).not.toBeInTheDocument();
  });

  it('opens a conversation on click and toggles its checkbox without opening it', async () => {
    const p = props();
    renderWithProviders(<ConversationList {...p} />);
    await userEvent.click(screen.getByText('Dan Doe'));
    expect(p.onOpen).toHaveBeenCalledWith('c2');
    await userEvent.click(screen.getByRole('checkbox', { name: /select conversation with carla/i }));
    expect(p.onToggleCheck).toHaveBeenCalledWith('c1');
    expect(p.onOpen).toHaveBeenCalledTimes(1);
  });

  it('asks for the next page when the end of the list is visible', () => {
    const p = props({ hasNextPage: true });
    renderWithProviders(<ConversationList {...p} />);
    expect(p.onLoadMore).toHaveBeenCalled();
  });
});
