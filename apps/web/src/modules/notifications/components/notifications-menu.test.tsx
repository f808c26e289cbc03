import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

// Generous: the shared test machine can be slow to render MUI's menu.
const SLOW = { timeout: 10_000 };
import type { NotificationDto } from '@parley/contracts';
import { mockApi, route } from '../../../test/mock-api';
import { renderWithProviders } from '../../../test/render';
import { NotificationsMenu } from './notifications-menu';

const at = (i: number) => new Date(Date.UTC(2026, 2, 26, 12, 0, 0) - i * 60_000).toISOString();
const n = (i: number, read = false): NotificationDto => ({
  id: `n${i}`, type: 'new_message', title: `Customer ${i}: hello`, conversationId: `c${i}`, data: {}, readAt: read ? at(i) : null, createdAt: at(i),
});

describe('NotificationsMenu', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the stored notifications, pages older ones, marks one and all read, and counts unread in the tab title', async () => {
    const firstPage = Array.from({ length: 20 }, (_, i) => n(i, i >= 2));
    const { requests } = mockApi([
      route('GET', '/api/notifications', (req) => (req.query.get('before')
        ? { body: { items: [n(20, true)], unreadCount: 2 } }
        : { body: { items: firstPage, unreadCount: 2 } })),
      route('POST', /\/api\/notifications\/n0\/read$/, () => ({ body: { ...n(0), readAt: at(0) } })),
      route('POST', '/api/notifications/read-all', () => ({ body: { updated: 1 } })),
    ]);
    renderWithProviders(<NotificationsMenu />);
    const bell = await screen.findByRole('button', { name: 'Notifications, 2 unread' }, SLOW);
    await waitFor(() => expect(document.title).toBe('(2) Parley'), SLOW);
    expect(document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.href).toContain('d32f2f');

    await userEvent.click(bell);
    const menu = await screen.findByRole('menu', { name: 'Notifications' }, SLOW);
    expect(menu).toHaveTextContent('Customer 0: hello');
    expect(menu).not.toHaveTextContent('Customer 20: hello');
    await userEvent.click(screen.getByRole('button', { name: 'Show older' }));
    await screen.findByText('Customer 20: hello', undefined, SLOW);
    expect(requests.find((r) => r.query.get('before'))?.query.get('before')).toBe(at(19));

    await userEvent.click(screen.getByText('Customer 0: hello'));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST' && r.path === '/api/notifications/n0/read')).toBe(true), SLOW);
    await screen.findByRole('button', { name: 'Notifications, 1 unread' }, SLOW);
    expect(document.title).toBe('(1) Parley');

    await userEvent.click(screen.getByRole('button', { name: 'Notifications, 1 unread' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Mark all read' }, SLOW));
    await waitFor(() => expect(document.title).toBe('Parley'), SLOW);
    // (the open menu hides the rest of the page from the accessibility tree)
    expect(screen.getByRole('button', { name: 'Notifications, 0 unread', hidden: true })).toBeInTheDocument();
    expect(requests.some((r) => r.path === '/api/notifications/read-all')).toBe(true);
  }, 60_000);
});
