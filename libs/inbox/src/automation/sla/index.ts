// The SLA context's public surface: other contexts import from here, never from its files (eslint boundaries).
export { SlaModule } from './sla.module.js';
export { SlaService } from './sla.service.js';
export { SlaPoliciesService } from './sla-policies.service.js';
export * from './sla-clock.js';
export * from './sla-state.js';
