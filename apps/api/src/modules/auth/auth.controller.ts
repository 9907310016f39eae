import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { SESSION_COOKIE, ZLogin, type TLogin, type TSession } from '@replies/shared';
import { DomainError } from '../../common/domain-error';
import { appConfig } from '../../config/config';
import { ApiZodBody, ZodPipe } from '../../common/zod';
import { AuthService, SESSION_LIFETIME_MS } from './auth.service';
import { Public } from './decorators';
import type { AuthenticatedRequest } from './session-user';

const cookieOptions = () => ({
  httpOnly: true,
  sameSite: 'lax' as const,
  secure: appConfig().cookieSecure,
  path: '/',
});

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in; sets the HttpOnly session cookie and returns the CSRF token for later writes.' })
  @ApiZodBody(ZLogin)
  async login(
    @Body(new ZodPipe(ZLogin)) body: TLogin,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TSession> {
    refuseCrossSiteLogin(request);
    const { token, session } = await this.auth.login(body, { ip: request.ip, userAgent: request.header('user-agent') });
    response.cookie(SESSION_COOKIE, token, { ...cookieOptions(), maxAge: SESSION_LIFETIME_MS });
    return session;
  }

  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out: ends the session and clears the cookie.' })
  async logout(@Req() request: AuthenticatedRequest, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.logout(request.auth!.sessionId);
    response.clearCookie(SESSION_COOKIE, cookieOptions());
  }

  @Get('me')
  @ApiOperation({ summary: 'The signed-in user and the CSRF token; 401 when not signed in.' })
  me(@Req() request: AuthenticatedRequest): TSession {
    return { user: request.auth!.user, csrfToken: request.auth!.csrfToken };
  }
}

/** A login form posted from another site would sign the victim into the attacker's account. */
function refuseCrossSiteLogin(request: Request) {
  const origin = request.header('origin');
  const host = request.header('host');
  const crossSite =
    request.header('sec-fetch-site') === 'cross-site' || (origin !== undefined && hostOf(origin) !== host);
  if (crossSite) throw new DomainError(403, 'CSRF', 'Sign in from the portal itself.');
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}
