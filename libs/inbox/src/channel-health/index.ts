export * from './channel-health.service.js';
export * from './channel-alerts.service.js';
export * from './channel-health.repository.js';
export { toChannelHealth, duration } from './channel-health.rules.js';
