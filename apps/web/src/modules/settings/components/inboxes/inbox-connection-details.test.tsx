import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { InboxDto } from '@parley/contracts';
import { mockApi, route } from '../../../../test/mock-api';
import { renderWithProviders } from '../../../../test/render';
import { InboxConnectionDetails } from './inbox-connection-details';

const INBOX = '00000000-0000-4000-8000-0000000000b1';
const inbox: InboxDto = {
  id: INBOX, name: 'Page A', channel: 'messenger', platformAccountId: '104823458934776', webhookPath: `/api/webhooks/messenger/${INBOX}`,
  appWebhookPath: '/api/webhooks/messenger', verifyToken: 'verify-me-please', hasAppSecret: true, hasAccessToken: true,
  unarchiveOnIncoming: true, credentialsInvalid: false, memberIds: [], createdAt: '2026-01-01T00:00:00Z',
};

describe('InboxConnectionDetails', () => {
  it('offers the app-wide URL first and lists the accounts that no inbox is connected to', async () => {
    mockApi([
      route('GET', `/api/inboxes/${INBOX}/unknown-accounts`, () => ({
        body: { events: 3, recent: [{ accountId: '999000111222333', events: 3, lastSeenAt: '2026-12-02T13:05:00.000Z' }] },
      })),
    ]);
    renderWithProviders(<InboxConnectionDetails inbox={inbox} />);
    expect(screen.getByLabelText('App webhook URL (recommended)')).toHaveValue(`${window.location.origin}/api/webhooks/messenger`);
    expect(screen.getByLabelText('This inbox’s own webhook URL')).toHaveValue(`${window.location.origin}/api/webhooks/messenger/${INBOX}`);
    const notice = await screen.findByTestId('unknown-accounts');
    expect(notice).toHaveTextContent('3 events signed with this app’s secret named an account that no inbox is connected to');
    expect(notice).toHaveTextContent('999000111222333');
  });

  it('shows the API channel only its own URL, with no Meta diagnostics', () => {
    mockApi([]);
    renderWithProviders(<InboxConnectionDetails inbox={{ ...inbox, channel: 'api', appWebhookPath: null, verifyToken: null, webhookPath: `/api/webhooks/api/${INBOX}` }} />);
    expect(screen.getByLabelText('Webhook URL')).toHaveValue(`${window.location.origin}/api/webhooks/api/${INBOX}`);
    expect(screen.queryByLabelText(/App webhook URL/)).toBeNull();
  });
});
