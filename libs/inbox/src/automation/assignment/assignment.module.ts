import { Module } from '@nestjs/common';
import { InboxCoreModule } from '../../inbox-core.module.js';
import { AutoAssignmentService } from './auto-assignment.service.js';

/** Automatic assignment of waiting conversations to available agents. */
@Module({ imports: [InboxCoreModule], providers: [AutoAssignmentService], exports: [AutoAssignmentService] })
export class AssignmentModule {}
