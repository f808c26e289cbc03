import { DateTime, IANAZone } from 'luxon';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

/** Problems with one list of intervals; `path` prefixes every message, e.g. 'weekly.1'. */
function intervalProblems(list: unknown, path: string): string[] {
  if (!Array.isArray(list)) return [`${path}: must be a list of intervals`];
  const problems: string[] = [];
  const valid: { open: number; close: number; index: number }[] = [];
  for (const [index, item] of list.entries()) {
    const at = `${path}[${index}]`;
    if (!isRecord(item)) {
      problems.push(`${at}: must be an object with open and close`);
      continue;
    }
    const { open, close } = item;
    const openOk = typeof open === 'string' && TIME.test(open);
    // '24:00' is the only way to say "until the end of the day", since intervals cannot cross midnight.
    const closeOk = typeof close === 'string' && (TIME.test(close) || close === '24:00');
    if (!openOk) problems.push(`${at}: open must be a time 'HH:mm' between 00:00 and 23:59`);
    if (!closeOk) problems.push(`${at}: close must be a time 'HH:mm' between 00:00 and 24:00`);
    if (!openOk || !closeOk) continue;
    const o = minutes(open as string);
    const c = close === '24:00' ? 24 * 60 : minutes(close as string);
    if (c > o) valid.push({ open: o, close: c, index });
    else problems.push(`${at}: close must be after open (intervals cannot cross midnight)`);
  }
  valid.sort((a, b) => a.open - b.open);
  for (let i = 1; i < valid.length; i++) {
    if (valid[i].open < valid[i - 1].close) {
      problems.push(`${path}[${valid[i].index}]: overlaps ${path}[${valid[i - 1].index}]`);
    }
  }
  return problems;
}

function weeklyProblems(weekly: unknown): string[] {
  if (!isRecord(weekly)) return ['weekly: must be an object keyed by ISO weekday 1 (Monday) to 7 (Sunday)'];
  return Object.entries(weekly).flatMap(([day, list]) =>
    /^[1-7]$/.test(day)
      ? intervalProblems(list, `weekly.${day}`)
      : [`weekly.${day}: unknown weekday, use 1 (Monday) to 7 (Sunday)`],
  );
}

function exceptionProblems(exceptions: unknown): string[] {
  if (!Array.isArray(exceptions)) return ['exceptions: must be a list'];
  const seen = new Map<string, number>();
  return exceptions.flatMap((item, index) => {
    const at = `exceptions[${index}]`;
    if (!isRecord(item)) return [`${at}: must be an object with date and intervals`];
    const problems: string[] = [];
    const { date, intervals, label } = item;
    const dateOk = typeof date === 'string' && DATE.test(date) && DateTime.fromISO(date).isValid;
    if (!dateOk) problems.push(`${at}.date: must be a calendar date 'YYYY-MM-DD'`);
    else if (seen.has(date as string)) problems.push(`${at}.date: ${date} is already used by exceptions[${seen.get(date as string)}]`);
    else seen.set(date as string, index);
    problems.push(...intervalProblems(intervals, `${at}.intervals`));
    if (label !== undefined && typeof label !== 'string') problems.push(`${at}.label: must be text`);
    return problems;
  });
}

/** Every problem found, one readable sentence each, prefixed with its path; empty when valid. */
export function validateBusinessHours(x: unknown): string[] {
  if (!isRecord(x)) return ['business hours: must be an object with timeZone, weekly and exceptions'];
  const problems: string[] = [];
  const { timeZone } = x;
  if (typeof timeZone !== 'string' || timeZone === '') {
    problems.push("timeZone: required, an IANA time zone such as 'Europe/Madrid'");
  } else if (!IANAZone.isValidZone(timeZone)) {
    problems.push(`timeZone: unknown time zone '${timeZone}', use an IANA name such as 'Europe/Madrid'`);
  }
  problems.push(...weeklyProblems(x.weekly));
  problems.push(...exceptionProblems(x.exceptions));
  return problems;
}
