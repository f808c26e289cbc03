// Pure quick-reply logic (template rendering, picker ranking): no I/O, no Nest; safe for the browser.
export * from './template.js';
export * from './rank.js';
