import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ChannelHealthDto } from '@parley/contracts';
import { mockApi, route } from '../../../test/mock-api';
import { renderWithProviders } from '../../../test/render';
import { ChannelHealthPanel } from './channel-health-panel';

const inbox = (o: Partial<ChannelHealthDto>): ChannelHealthDto => ({
  inboxId: 'i1', name: 'Shop', channel: 'messenger', status: 'ok', summary: 'Working normally.', arrivedLastHour: 12, usualThisHour: 10.4,
  lastArrivalAt: new Date().toISOString(), ingestionLagSeconds: 0.8, repliesWaiting: 0, oldestReplyWaitingSeconds: null, failuresLastHour: [], ...o,
});

describe('ChannelHealthPanel', () => {
  it('lists the inboxes that need attention first, with their reasons in words', async () => {
    mockApi([route('GET', '/api/channel-health', () => ({ body: { generatedAt: new Date().toISOString(), inboxes: [
      inbox({ inboxId: 'a', name: 'Acme' }),
      inbox({
        inboxId: 'b', name: 'Outlet', status: 'reconnect_needed', summary: "Reconnect needed: Messenger rejected this inbox's access token.",
        repliesWaiting: 2, oldestReplyWaitingSeconds: 150,
        failuresLastHour: [{ code: '190/460', reason: "The page's access token is no longer valid.", count: 3 }],
      }),
    ] } }))]);
    renderWithProviders(<ChannelHealthPanel />);
    const cards = await screen.findAllByRole('region', { name: /health$/ }, { timeout: 10_000 });
    expect(cards.map((c) => c.getAttribute('aria-label'))).toEqual(['Outlet health', 'Acme health']);
    const outlet = within(cards[0]);
    expect(outlet.getByText('Reconnect needed')).toBeInTheDocument();
    expect(outlet.getByText(/3 × The page's access token is no longer valid\./)).toBeInTheDocument();
    expect(outlet.getByText('oldest 3 min')).toBeInTheDocument();
    const acme = within(cards[1]);
    expect(acme.getByText('Healthy')).toBeInTheDocument();
    expect(acme.getByText('usually 10.4 at this hour')).toBeInTheDocument();
    expect(acme.getByText('0.8 s')).toBeInTheDocument();
  }, 30_000);

  it('says so when the api refuses (an agent)', async () => {
    mockApi([route('GET', '/api/channel-health', () => ({ status: 403, body: { statusCode: 403, message: 'Only admin or manager users can see channel health' } }))]);
    renderWithProviders(<ChannelHealthPanel />);
    expect(await screen.findByText(/Channel health could not be loaded: Only admin or manager users can see channel health/, undefined, { timeout: 10_000 })).toBeInTheDocument();
  }, 30_000);
});
