import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ReportOverviewDto } from '@parley/contracts';
import { mockApi, route } from '../../../test/mock-api';
import { renderWithProviders } from '../../../test/render';
import { ReportsDashboard } from './reports-dashboard';

const window = (hit: number, missed: number) => ({ hit, missed, hitRate: hit + missed ? hit / (hit + missed) : null, from: '2026-03-01T00:00:00.000Z', to: '2026-03-31T00:00:00.000Z' });
const stats = (count: number, median: number | null, p90: number | null) => ({ count, median, p90 });

function report(overrides: Partial<ReportOverviewDto> = {}): ReportOverviewDto {
  return {
    generatedAt: new Date().toISOString(),
    range: { from: '2026-03-01T00:00:00.000Z', to: '2026-03-31T00:00:00.000Z', tz: 'UTC' },
    filters: { inboxId: null, teamId: null },
    waiting: {
      unanswered: 4, longestWaitingSince: new Date(Date.now() - 90 * 60_000).toISOString(),
      longest: [{ id: 'c1', contactName: 'Carla Customer', channel: 'messenger', waitingSince: new Date(Date.now() - 90 * 60_000).toISOString(), assignee: null }],
    },
    totals: { incoming: 120, created: 40, replies: 90, resolved: 30, slaHit: 9, slaMissed: 1 },
    sla: { range: window(9, 1), today: window(3, 1), last7Days: window(9, 1), last30Days: window(9, 1) },
    durations: {
      firstResponse: { wall: stats(40, 300_000, 1_800_000), business: stats(0, null, null) },
      nextResponse: { wall: stats(50, 120_000, 600_000), business: stats(0, null, null) },
      resolution: { wall: stats(30, 7_200_000, 86_400_000), business: stats(0, null, null) },
    },
    volume: {
      byDay: [{ start: '2026-03-01T00:00:00.000Z', end: '2026-03-02T00:00:00.000Z', label: '2026-03-01', incoming: 120, created: 40 }],
      byHour: [{ start: '2026-03-01T10:00:00.000Z', end: '2026-03-01T11:00:00.000Z', label: '2026-03-01 10:00', incoming: 120, created: 40 }],
    },
    agents: [{ agent: { id: 'u1', name: 'Ana García' }, openLoad: 5, answered: 33, replies: 40, medianResponseMs: 240_000, slaMissed: 1, resolved: 12 }],
    ...overrides,
  };
}

describe('ReportsDashboard', () => {
  it('shows the figures from the reports API, each linked to its conversations', async () => {
    const { requests } = mockApi([route('GET', '/api/reports/overview', () => ({ body: report() }))]);
    renderWithProviders(<ReportsDashboard />);

    const unanswered = await screen.findByRole('link', { name: 'Unanswered now: 4, show conversations' });
    expect(unanswered).toHaveAttribute('href', '/?view=all&status=open&unanswered=true&sort=waiting');
    expect(screen.getByText('1h 30m')).toBeInTheDocument();
    expect(screen.getByText('75%')).toBeInTheDocument(); // SLA today: 3 hit, 1 breached
    expect(screen.getByText('5m / 30m')).toBeInTheDocument(); // first response median / p90
    const answered = screen.getByRole('link', { name: 'Ana García answered: 33, show conversations' });
    expect(answered.getAttribute('href')).toContain('activity=replied');
    expect(answered.getAttribute('href')).toContain('activityBy=u1');
    expect(screen.getByRole('link', { name: 'Carla Customer' })).toHaveAttribute('href', '/conversations/c1?view=all');

    const request = requests.find((r) => r.path === '/api/reports/overview')!;
    expect(Date.parse(request.query.get('to')!) - Date.parse(request.query.get('from')!)).toBe(30 * 86_400_000);
    expect(request.query.get('tz')).toBeTruthy();
    const csv = screen.getByRole('link', { name: /export csv/i });
    expect(csv.getAttribute('href')).toMatch(/^\/api\/reports\/overview\.csv\?from=/);
  });

  it('asks again for another range', async () => {
    const { requests } = mockApi([route('GET', '/api/reports/overview', () => ({ body: report() }))]);
    renderWithProviders(<ReportsDashboard />);
    await screen.findByRole('link', { name: /Unanswered now/ });
    await userEvent.click(screen.getByRole('combobox', { name: 'Range' }));
    await userEvent.click(screen.getByRole('option', { name: 'Last 7 days' }));
    await screen.findByRole('link', { name: /Unanswered now/ });
    const last = requests.filter((r) => r.path === '/api/reports/overview').at(-1)!;
    expect(Date.parse(last.query.get('to')!) - Date.parse(last.query.get('from')!)).toBe(7 * 86_400_000);
  });

  it('says when the range is empty and when loading fails', async () => {
    const empty = report({ totals: { incoming: 0, created: 0, replies: 0, resolved: 0, slaHit: 0, slaMissed: 0 } });
    mockApi([route('GET', '/api/reports/overview', () => ({ body: empty }))]);
    renderWithProviders(<ReportsDashboard />);
    expect(await screen.findByText(/No conversations in this range yet/)).toBeInTheDocument();
  });

  it('shows the error with a retry', async () => {
    mockApi([route('GET', '/api/reports/overview', () => ({ status: 403, body: { statusCode: 403, message: 'Only admin or manager users can see reports', error: 'Forbidden' } }))]);
    renderWithProviders(<ReportsDashboard />);
    expect(await screen.findByText(/Cannot load the report/)).toBeInTheDocument();
    expect(screen.getByText(/Only admin or manager users can see reports/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
