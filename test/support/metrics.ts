/** One sample of Prometheus text, e.g. value(text, 'parley_webhook_events_total', { channel: 'api', result: 'stored' }). */
export function metricValue(text: string, name: string, labels: Record<string, string> = {}): number {
  let total = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    const [, labelText = '', value] = line.match(/^[^{\s]+(?:\{(.*)\})?\s+(\S+)$/) ?? [];
    const has = Object.entries(labels).every(([k, v]) => labelText.includes(`${k}="${v}"`));
    if (has) total += Number(value);
  }
  return total;
}
