import { Body, Controller, Get, HttpCode, Post, Put, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import type { Response } from 'express';
import type { LoginResponse, UserDto } from '@parley/contracts';
import { loadConfig } from '@parley/core';
import { AuthService, UsersService, type Actor } from '@parley/inbox';
import { AvailabilityBody, LoginBody } from './auth.dto.js';
import { CurrentActor, type AuthedRequest } from './current-actor.decorator.js';
import { Public } from './public.decorator.js';
import { SESSION_COOKIE } from './session-token.js';

const { loginRateLimit, cookieSecure, sessionTtlHours } = loadConfig();

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService, private readonly users: UsersService) {}

  /** Returns a bearer token and also sets it as an http-only cookie for the dashboard. */
  @Public()
  @Throttle({ login: { limit: loginRateLimit.limit, ttl: loginRateLimit.ttlSeconds * 1000 } })
  @Post('login')
  @HttpCode(200)
  async login(@Body() body: LoginBody, @Res({ passthrough: true }) res: Response): Promise<LoginResponse> {
    const result = await this.auth.login(body.email, body.password);
    res.cookie(SESSION_COOKIE, result.token, {
      httpOnly: true, sameSite: 'lax', secure: cookieSecure, path: '/', maxAge: sessionTtlHours * 3600_000,
    });
    return result;
  }

  @Post('logout')
  @HttpCode(204)
  async logout(@Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response): Promise<void> {
    if (req.sessionToken) await this.auth.logout(req.sessionToken);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('me')
  me(@CurrentActor() actor: Actor): Promise<UserDto> {
    return this.users.get(actor.id);
  }

  @Put('me/availability')
  availability(@CurrentActor() actor: Actor, @Body() body: AvailabilityBody): Promise<UserDto> {
    return this.users.setAvailability(actor, body.availability);
  }
}
