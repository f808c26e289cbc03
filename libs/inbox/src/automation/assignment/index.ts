// The assignment context's public surface: other contexts import from here, never from its files (eslint boundaries).
export { AssignmentModule } from './assignment.module.js';
export { AutoAssignmentService } from './auto-assignment.service.js';
export * from './assignment-pick.js';
