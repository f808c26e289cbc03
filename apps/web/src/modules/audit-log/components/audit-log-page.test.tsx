import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AuditEntryDto } from '@parley/contracts';
import { mockApi, route } from '../../../test/mock-api';
import { renderWithProviders } from '../../../test/render';
import { AuditLogPage } from './audit-log-page';

const ADA = { id: '00000000-0000-4000-8000-0000000000ad', name: 'Ada Admin', email: 'ada@example.com' };
const entry = (id: string, action: AuditEntryDto['action'], data: Record<string, unknown>, actor: AuditEntryDto['actor'] = ADA): AuditEntryDto => ({
  id, action, targetType: action.split('.')[0], targetId: `target-${id}`, actor, ip: '203.0.113.7', data, createdAt: '2026-03-02T10:00:00Z',
});

describe('AuditLogPage', () => {
  it('lists entries with who, what and where, filters by action, and loads older pages', async () => {
    const { requests } = mockApi([
      route('GET', '/api/users', () => ({ body: [{ ...ADA, role: 'admin', availability: 'online', createdAt: '2025-01-01T00:00:00Z' }] })),
      route('GET', '/api/audit-log', (req) => {
        if (req.query.get('action') === 'contact.erased') return { body: { items: [entry('3', 'contact.erased', { conversations: 1, messages: 4 })], nextCursor: null } };
        if (req.query.get('cursor') === '2') return { body: { items: [entry('1', 'retention.purged', { conversations: 7 }, null)], nextCursor: null } };
        return { body: { items: [entry('3', 'contact.erased', { conversations: 1, messages: 4 }), entry('2', 'user.role_changed', { from: 'agent', to: 'manager' })], nextCursor: '2' } };
      }),
    ]);
    renderWithProviders(<AuditLogPage />);

    const table = await screen.findByRole('table', { name: 'Audit log' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    const [, erased, role] = within(table).getAllByRole('row');
    expect(erased).toHaveTextContent('Ada Admin');
    expect(erased).toHaveTextContent('contact.erased');
    expect(erased).toHaveTextContent('203.0.113.7');
    expect(role).toHaveTextContent('{"from":"agent","to":"manager"}');
    // Nothing on the page edits or deletes an entry.
    expect(screen.queryByRole('button', { name: /edit|delete/i })).toBeNull();

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Load older entries' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(4));
    expect(within(table).getAllByRole('row')[3]).toHaveTextContent('System');

    await user.click(screen.getByRole('combobox', { name: 'Action' }));
    await user.click(await screen.findByRole('option', { name: 'contact.erased' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    expect(requests.some((r) => r.path === '/api/audit-log' && r.query.get('action') === 'contact.erased')).toBe(true);
  }, 30_000);
});
