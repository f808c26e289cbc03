import { DateTime, IANAZone } from 'luxon';
import { MAX_MATCH_TEXT_LENGTH, rulePatternMatches } from './rule-pattern.js';

/** An agent who answered this recently is in the conversation: an away message would contradict them. */
export const AGENT_ACTIVE_WINDOW_MS = 5 * 60_000;

export interface AwayDecisionInput {
  now: Date;
  isOpen: boolean;
  lastAwaySentAt: Date | null;
  lastAgentReplyAt: Date | null;
  tz: string; // the inbox's IANA time zone
}

function localDate(at: Date, tz: string): string {
  // An unknown zone is a validation bug upstream; UTC keeps the once-a-day promise roughly right.
  const zone = IANAZone.isValidZone(tz) ? tz : 'UTC';
  return DateTime.fromJSDate(at, { zone }).toISODate() ?? '';
}

/**
 * Whether to send the away message now: only while closed, at most once per conversation per calendar
 * day in the inbox's time zone, and not while an agent is answering (replied in the last 5 minutes).
 * Times in the future (clock skew between processes) count as "just now", so we stay quiet.
 */
export function shouldSendAway(input: AwayDecisionInput): boolean {
  const { now, isOpen, lastAwaySentAt, lastAgentReplyAt, tz } = input;
  if (isOpen) return false;
  if (lastAgentReplyAt && now.getTime() - lastAgentReplyAt.getTime() < AGENT_ACTIVE_WINDOW_MS) return false;
  if (lastAwaySentAt && (lastAwaySentAt > now || localDate(lastAwaySentAt, tz) === localDate(now, tz))) return false;
  return true;
}

export interface KeywordRule {
  keywords?: string[];
  pattern?: string;
}

/** Lowercase without Latin accents, so 'precio' matches 'PRECIO' and 'horario' matches 'Horário'. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').toLowerCase();
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Scripts written without spaces between words: there a keyword is found inside longer text.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}]/u;

/** A regex finding `keyword` as a whole word (or words: inner spaces match any whitespace). */
function keywordRegExp(keyword: string): RegExp {
  const words = keyword.split(/\s+/u).map(escapeRegExp).join('\\s+');
  const before = UNSPACED.test(keyword[0]) ? '' : '(?<![\\p{L}\\p{N}_])';
  const after = UNSPACED.test(keyword[keyword.length - 1]) ? '' : '(?![\\p{L}\\p{N}_])';
  return new RegExp(`${before}${words}${after}`, 'u');
}

/**
 * Whether a customer message triggers a keyword rule: any keyword as a whole word (case- and
 * accent-insensitive), or the rule's pattern. Only the first 2,000 characters are read; the pattern runs
 * on RE2 (linear time), and one that fails validation never matches, so a rule cannot crash or stall the worker.
 */
export function matchKeywordRule(text: string, rule: KeywordRule): boolean {
  const head = text.slice(0, MAX_MATCH_TEXT_LENGTH);
  const folded = fold(head);
  const keywords = (rule.keywords ?? []).map((k) => fold(k.trim())).filter((k) => k !== '');
  if (keywords.some((k) => keywordRegExp(k).test(folded))) return true;
  if (rule.pattern === undefined) return false;
  // The folded text lets a pattern written without accents ('cordoba') match 'Córdoba'.
  return rulePatternMatches(rule.pattern, head, folded);
}
