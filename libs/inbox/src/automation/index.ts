// Pure automation logic (business hours, SLA clocks, away and keyword rules): no I/O, no Nest.
export * from './business-hours/business-hours.js';
export * from './business-hours/business-hours-calendar.js';
export * from './sla/sla-clock.js';
export * from './auto-replies/away-rules.js';
export { MAX_MATCH_TEXT_LENGTH, MAX_PATTERN_LENGTH, RULE_PATTERN_FLAGS } from './auto-replies/rule-pattern.js';
export * from './sla/sla-state.js';
export * from './assignment/assignment-pick.js';
export * from './auto-replies/auto-reply-text.js';
export { findMentions } from '../notifications/mentions.js';
