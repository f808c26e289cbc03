// Pure automation logic (business hours, SLA clocks, away and keyword rules): no I/O, no Nest.
export * from './business-hours.js';
export * from './business-hours-calendar.js';
export * from './sla-clock.js';
export * from './away-rules.js';
export { MAX_MATCH_TEXT_LENGTH, MAX_PATTERN_LENGTH, RULE_PATTERN_FLAGS } from './rule-pattern.js';
export * from './sla-state.js';
export * from './assignment-pick.js';
export * from './auto-reply-text.js';
export { findMentions } from '../notifications/mentions.js';
