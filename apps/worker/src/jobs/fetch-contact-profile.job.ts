import { Injectable } from '@nestjs/common';
import type { JobPayloads } from '@parley/contracts';
import type { JobHandler } from '@parley/core';
import { ContactProfileService } from '@parley/inbox';

@Injectable()
export class FetchContactProfileJob implements JobHandler<'contact.fetch-profile'> {
  readonly jobName = 'contact.fetch-profile' as const;

  constructor(private readonly profiles: ContactProfileService) {}

  async handle({ contactId }: JobPayloads['contact.fetch-profile']): Promise<void> {
    await this.profiles.refresh(contactId);
  }
}
