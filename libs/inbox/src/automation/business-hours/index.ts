// Business hours are pure calendar logic (no services, no Nest module): other contexts import from here.
export * from './business-hours.js';
export * from './business-hours-calendar.js';
export { assertBusinessHours, businessHoursOf } from './automation-settings.js';
