import { RE2JS } from 're2js';

/** Longest pattern a rule may hold; long patterns are a sign of generated or hostile input. */
export const MAX_PATTERN_LENGTH = 500;
/** Only this much of a message is matched: a rule is about what a message opens with, not a whole essay. */
export const MAX_MATCH_TEXT_LENGTH = 2_000;
/** Flags every rule pattern is compiled with; validation compiles the same way. */
const RULE_PATTERN_FLAGS = RE2JS.CASE_INSENSITIVE;

/**
 * Rule patterns run on RE2 (re2js): matching takes time linear in the text whatever the pattern, so a
 * pattern such as `\w*\w*\w*\w*\w*!` cannot stall the worker the way a backtracking engine lets it.
 * The price: lookarounds and backreferences, which need backtracking, are refused when the rule is saved.
 */
function compile(pattern: string): RE2JS | string {
  try {
    return RE2JS.compile(pattern, RULE_PATTERN_FLAGS);
  } catch (error) {
    const detail = (error as Error).message;
    if (/unsupported Perl syntax|invalid named capture: `\(\?<[=!]|invalid escape sequence: `\\[1-9]/.test(detail)) {
      return `pattern: lookarounds such as (?=…) or (?<!…) and backreferences such as \\1 are not supported (rules run on a linear-time matcher that cannot stall); rewrite it without them (${detail})`;
    }
    return `pattern: not a valid regular expression (${detail})`;
  }
}

const compiled = new Map<string, RE2JS | string>();
const MAX_CACHED = 1_000;

/** The compiled pattern, or why it cannot be used; compiled once per process and pattern. */
function compileCached(pattern: string): RE2JS | string {
  let hit = compiled.get(pattern);
  if (hit === undefined) {
    if (compiled.size >= MAX_CACHED) compiled.clear();
    hit = compile(pattern);
    compiled.set(pattern, hit);
  }
  return hit;
}

/** Why a user-given rule pattern cannot be used, or null when it can. */
export function validateRulePattern(pattern: unknown): string | null {
  if (typeof pattern !== 'string' || pattern.trim() === '') return 'pattern: must be a non-empty regular expression';
  if (pattern.length > MAX_PATTERN_LENGTH) return `pattern: must be at most ${MAX_PATTERN_LENGTH} characters`;
  const result = compileCached(pattern);
  return typeof result === 'string' ? result : null;
}

/** Whether the pattern occurs anywhere in one of the texts; a pattern that does not validate never matches. */
export function rulePatternMatches(pattern: string, ...texts: string[]): boolean {
  if (pattern.length > MAX_PATTERN_LENGTH) return false;
  const re = compileCached(pattern);
  return typeof re !== 'string' && texts.some((t) => re.test(t.slice(0, MAX_MATCH_TEXT_LENGTH)));
}
