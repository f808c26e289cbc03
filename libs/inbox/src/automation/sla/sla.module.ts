import { Module } from '@nestjs/common';
import { InboxCoreModule } from '../../inbox-core.module.js';
import { SlaPoliciesService } from './sla-policies.service.js';
import { SlaService } from './sla.service.js';

/** SLA policies and the clocks they start on conversations. */
@Module({ imports: [InboxCoreModule], providers: [SlaService, SlaPoliciesService], exports: [SlaService, SlaPoliciesService] })
export class SlaModule {}
