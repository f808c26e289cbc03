import { Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthService } from '@parley/inbox';
import type { AuthedRequest } from './current-actor.decorator.js';
import { IS_PUBLIC } from './public.decorator.js';
import { sessionTokenOf } from './session-token.js';

/** Global: every route needs a logged-in user unless marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector, private readonly auth: AuthService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    // Sockets are authenticated once, at the handshake (RealtimeGateway); their messages carry no headers.
    if (context.getType() !== 'http') return true;
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const req = context.switchToHttp().getRequest<AuthedRequest & { headers: Record<string, string>; cookies?: Record<string, string>; ip?: string }>();
    const token = sessionTokenOf(req.headers, req.cookies);
    const actor = await this.auth.authenticate(token);
    if (!actor) throw new UnauthorizedException(token ? 'Your session has expired; log in again' : 'Log in first');
    // The address (the client's, behind a trusted proxy) goes with the actor, for the audit log.
    req.actor = { ...actor, ip: req.ip ?? null };
    req.sessionToken = token;
    return true;
  }
}
