// The hourly chart has one point per hour of the range: 720 for 30 days, 2,208 for 92. A tick and a label on
// each would be a black bar of overlapping text, so ticks go on whole days (whole hours for short ranges) and
// labels on at most about seven of them.

const MAX_LABELS = 7;
/** Up to two days of hours are labelled by hour of day; longer ranges by date. */
const SHORT_RANGE_HOURS = 48;

/** The hour of a bucket label as the report writes it: "2026-03-26 14:00" → 14. */
const hourOf = (label: string) => Number(label.slice(11, 13));

export interface HourAxis {
  tickInterval: (value: string, index: number) => boolean;
  tickLabelInterval: (value: string, index: number) => boolean;
  /** What a tick shows: "03-26" on long ranges, "14:00" on short ones. */
  tickLabel: (label: string) => string;
}

export function hourAxis(labels: string[]): HourAxis {
  const short = labels.length <= SHORT_RANGE_HOURS;
  const stepHours = short ? 3 : 24;
  const isTick = (label: string) => hourOf(label) % stepHours === 0;
  const ticks = labels.filter(isTick);
  const every = Math.max(1, Math.ceil(ticks.length / MAX_LABELS));
  const labelled = new Set(ticks.filter((_, i) => i % every === 0));
  return {
    tickInterval: (value) => isTick(value),
    tickLabelInterval: (value) => labelled.has(value),
    tickLabel: (label) => (short ? label.slice(11) : label.slice(5, 10)),
  };
}
