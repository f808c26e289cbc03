// What each route takes, with the limits the server enforces; the Nest DTOs implement these and the dashboard sends them.
export * from './auth.js';
export * from './inboxes.js';
export * from './conversations.js';
export * from './automation.js';
export * from './library.js';
