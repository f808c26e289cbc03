export * from './enums.js';
export * from './inbound.js';
export * from './dto.js';
export * from './events.js';
export * from './jobs.js';
export * from './automation.js';
export * from './reports.js';
export * from './audit.js';
