import { describe, expect, it } from 'vitest';
import { hourAxis } from './hour-axis';

/** Hour bucket labels as the reports API writes them, starting at `start` (local midnight or not). */
function hours(start: string, count: number): string[] {
  const t0 = Date.parse(`${start}:00Z`);
  return Array.from({ length: count }, (_, i) => new Date(t0 + i * 3_600_000).toISOString().slice(0, 16).replace('T', ' '));
}

describe('the hourly volume axis', () => {
  it('labels 30 days with at most seven dates, ticks only at midnight', () => {
    const labels = hours('2026-10-28 00:00', 30 * 24);
    const axis = hourAxis(labels);
    const ticks = labels.filter((l, i) => axis.tickInterval(l, i));
    const shown = labels.filter((l, i) => axis.tickLabelInterval(l, i)).map(axis.tickLabel);
    expect(ticks).toHaveLength(30);
    expect(ticks.every((l) => l.endsWith(' 00:00'))).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(7);
    expect(shown[0]).toBe('10-28');
    expect(shown).toEqual([...new Set(shown)]);
  });

  it('labels a range that does not start at midnight on its midnights', () => {
    const labels = hours('2026-11-20 15:00', 7 * 24);
    const axis = hourAxis(labels);
    const shown = labels.filter((l, i) => axis.tickLabelInterval(l, i));
    expect(shown.every((l) => l.endsWith(' 00:00'))).toBe(true);
    expect(shown.map(axis.tickLabel)).toEqual(['11-21', '11-22', '11-23', '11-24', '11-25', '11-26', '11-27']);
  });

  it('labels the last 24 hours by hour of day, six hours apart', () => {
    const labels = hours('2026-11-26 13:00', 24);
    const axis = hourAxis(labels);
    const shown = labels.filter((l, i) => axis.tickLabelInterval(l, i)).map(axis.tickLabel);
    expect(shown).toEqual(['15:00', '21:00', '03:00', '09:00']); // ticks every 3 h, labels on every other one
  });
});
