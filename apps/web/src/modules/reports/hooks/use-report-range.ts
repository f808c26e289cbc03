import { useMemo, useState } from 'react';
import type { ReportQuery } from '@parley/contracts';

export const RANGE_OPTIONS = [
  { days: 1, label: 'Last 24 hours' },
  { days: 7, label: 'Last 7 days' },
  { days: 30, label: 'Last 30 days' },
  { days: 90, label: 'Last 90 days' },
] as const;

const HOUR = 3_600_000;

/** The chosen range, ending at the next whole hour (the reports' grain), in the browser's time zone. */
export function useReportRange(initialDays = 30) {
  const [days, setDays] = useState<number>(initialDays);
  const query = useMemo<ReportQuery>(() => {
    const to = Math.ceil(Date.now() / HOUR) * HOUR;
    return {
      from: new Date(to - days * 24 * HOUR).toISOString(),
      to: new Date(to).toISOString(),
      tz: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
    };
  }, [days]);
  return { days, setDays, query };
}
