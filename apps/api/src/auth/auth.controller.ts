import { Body, Controller, Get, HttpCode, Ip, Post, Put, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { LoginResponse, UserDto } from '@parley/contracts';
import { InjectConfig, type ParleyConfig } from '@parley/core';
import { AuthService, UsersService, type Actor } from '@parley/inbox';
import { AvailabilityBody, ChangePasswordBody, LoginBody } from './auth.dto.js';
import { CurrentActor, type AuthedRequest } from './current-actor.decorator.js';
import { PresenceService } from '../realtime/presence.service.js';
import { LoginRateLimiter, TooManyLoginAttempts } from './login-rate-limiter.js';
import { Public } from './public.decorator.js';
import { SESSION_COOKIE } from './session-token.js';
import { LoginResponseBody, UserResponse } from '../http/users/users.responses.js';


@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService, private readonly users: UsersService, private readonly limiter: LoginRateLimiter,
    private readonly presence: PresenceService, @InjectConfig() private readonly config: ParleyConfig,
  ) {}

  /** Returns a bearer token and also sets it as an http-only cookie for the dashboard. */
  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponseBody })
  async login(@Body() body: LoginBody, @Ip() ip: string, @Res({ passthrough: true }) res: Response): Promise<LoginResponse> {
    await withRetryAfter(res, this.limiter.consume(ip, body.email));
    const result = await this.auth.login(body.email, body.password);
    await this.limiter.reset(ip, body.email);
    res.cookie(SESSION_COOKIE, result.token, {
      httpOnly: true, sameSite: 'lax', secure: this.config.COOKIE_SECURE, path: '/', maxAge: this.config.SESSION_TTL_HOURS * 3600_000,
    });
    return result;
  }

  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'the session has ended' })
  async logout(@Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response): Promise<void> {
    if (req.sessionToken) await this.auth.logout(req.sessionToken);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  /** The user's own password; needs the current one, ends their other sessions (and sockets), keeps this one. */
  @Post('me/password')
  @HttpCode(204)
  async changePassword(
    @CurrentActor() actor: Actor, @Req() req: AuthedRequest, @Body() body: ChangePasswordBody, @Ip() ip: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    // The current password is a secret a stolen session must not be able to guess at leisure.
    await withRetryAfter(res, this.limiter.consume(ip, actor.email));
    await this.auth.changeOwnPassword(actor, req.sessionToken!, body.currentPassword, body.newPassword);
    await this.limiter.reset(ip, actor.email);
  }

  @Get('me')
  @ApiOkResponse({ type: UserResponse })
  me(@CurrentActor() actor: Actor): Promise<UserDto> {
    return this.users.get(actor.id);
  }

  @Put('me/availability')
  @ApiOkResponse({ type: UserResponse })
  async availability(@CurrentActor() actor: Actor, @Body() body: AvailabilityBody): Promise<UserDto> {
    const user = await this.users.setAvailability(actor, body.availability);
    await this.presence.announce(actor.id);
    return user;
  }
}

async function withRetryAfter(res: Response, attempt: Promise<void>): Promise<void> {
  try {
    await attempt;
  } catch (error) {
    if (error instanceof TooManyLoginAttempts) res.setHeader('Retry-After', String(error.retryAfterSeconds));
    throw error;
  }
}
