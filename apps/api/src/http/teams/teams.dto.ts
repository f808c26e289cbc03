import { TEAM_LIMITS, type MembersRequest, type TeamRequest } from '@parley/contracts';
import { IdList, Text } from '../fields.js';

export class TeamBody implements TeamRequest {
  @Text({ max: TEAM_LIMITS.name, example: 'Returns' }) name: string;
}

export class MembersBody implements MembersRequest {
  @IdList({ max: TEAM_LIMITS.members, example: ['3f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a5b'], message: 'userIds must contain user ids', description: 'the whole new member list' })
  userIds: string[];
}
