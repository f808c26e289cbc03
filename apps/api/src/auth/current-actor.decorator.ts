import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Actor } from '@parley/inbox';

export interface AuthedRequest { actor?: Actor; sessionToken?: string }

export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor =>
  ctx.switchToHttp().getRequest<AuthedRequest>().actor!);
