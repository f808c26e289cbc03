import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { metricsRegistry } from './metrics.js';

const dashboard = JSON.parse(readFileSync(new URL('../../../../docker/monitoring/grafana/dashboards/parley.json', import.meta.url), 'utf8')) as
  { panels: { title: string; targets?: { expr: string }[] }[] };

describe('the Grafana dashboard shipped with docker compose', () => {
  it('only charts metrics that Parley exports', async () => {
    const text = await metricsRegistry.metrics();
    const exported = new Set([...text.matchAll(/^# TYPE (\S+) (\S+)/gm)].flatMap(([, name, type]) =>
      type === 'histogram' ? [`${name}_bucket`, `${name}_count`, `${name}_sum`] : [name]));
    const charted = dashboard.panels.flatMap((p) => (p.targets ?? []).flatMap((t) => t.expr.match(/parley_[a-z0-9_]+/g) ?? []));
    expect(charted.length).toBeGreaterThan(15);
    expect(charted.filter((name) => !exported.has(name))).toEqual([]);
  });
});
