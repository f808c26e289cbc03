/** Longest pattern a rule may hold; long patterns are a sign of generated or hostile input. */
export const MAX_PATTERN_LENGTH = 500;
/** Only this much of a message is matched, which bounds the work a slow pattern can cause. */
export const MAX_MATCH_TEXT_LENGTH = 2_000;
/** Flags every rule pattern is compiled with; validation must use the same ones. */
export const RULE_PATTERN_FLAGS = 'i';

/**
 * True when a repeated group holds a repetition or an alternation itself, like `(a+)+`, `(\w*\s?)*`
 * or `(a|aa)+`: the shapes of exponential backtracking, which even 2,000 characters cannot contain.
 * `(yes|no)` and `[\s,]+` stay allowed. Polynomial cases (`\w*\w*\w*x`) pass; the text limit bounds them.
 */
function hasNestedQuantifier(pattern: string): boolean {
  const groups: boolean[] = []; // per open group: does it repeat or alternate inside?
  let inClass = false;
  let closedRepeatingGroup = false; // the previous token was a group that repeats inside
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      closedRepeatingGroup = false;
    } else if (inClass) {
      inClass = c !== ']';
    } else if (c === '[') {
      inClass = true;
      closedRepeatingGroup = false;
    } else if (c === '(') {
      groups.push(false);
      closedRepeatingGroup = false;
    } else if (c === ')') {
      closedRepeatingGroup = groups.pop() ?? false;
      if (closedRepeatingGroup && groups.length > 0) groups[groups.length - 1] = true;
    } else if (c === '*' || c === '+' || (c === '{' && /^\{\d+,\d*\}/.test(pattern.slice(i)))) {
      if (closedRepeatingGroup) return true;
      if (groups.length > 0) groups[groups.length - 1] = true;
    } else if (c === '|') {
      if (groups.length > 0) groups[groups.length - 1] = true;
      closedRepeatingGroup = false;
    } else if (c !== '?') {
      // '?' may follow a closed group ('(a+)?' is fine) or make a quantifier lazy: keep the state.
      closedRepeatingGroup = false;
    }
  }
  return false;
}

/** Why a user-given rule pattern cannot be used, or null when it can. */
export function validateRulePattern(pattern: unknown): string | null {
  if (typeof pattern !== 'string' || pattern.trim() === '') return 'pattern: must be a non-empty regular expression';
  if (pattern.length > MAX_PATTERN_LENGTH) return `pattern: must be at most ${MAX_PATTERN_LENGTH} characters`;
  try {
    new RegExp(pattern, RULE_PATTERN_FLAGS);
  } catch (error) {
    return `pattern: not a valid regular expression (${(error as Error).message})`;
  }
  if (hasNestedQuantifier(pattern)) {
    return 'pattern: a repeated group repeats or alternates inside, like (a+)+ or (a|b)+, which can make matching hang; use a character class such as [ab]+ or simplify it';
  }
  return null;
}
