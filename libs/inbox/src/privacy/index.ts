export { PrivacyService } from './privacy.service.js';
export { RetentionService, MAX_RETENTION_DAYS } from './retention.service.js';
