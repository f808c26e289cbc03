export interface SnoozePreset {
  label: string;
  until: (now: Date) => Date;
}

function at(base: Date, days: number, hours: number): Date {
  const d = new Date(base);
  d.setDate(d.getDate() + days);
  d.setHours(hours, 0, 0, 0);
  return d;
}

/** "Tonight" is 18:00, or 21:00 when it is already past six; "next week" is Monday 9:00. */
export const SNOOZE_PRESETS: SnoozePreset[] = [
  { label: '1 hour', until: (now) => new Date(now.getTime() + 3_600_000) },
  { label: 'Tonight', until: (now) => at(now, 0, now.getHours() >= 18 ? 21 : 18) },
  { label: 'Tomorrow 9:00', until: (now) => at(now, 1, 9) },
  { label: 'Next week', until: (now) => at(now, ((8 - now.getDay()) % 7) || 7, 9) },
];
