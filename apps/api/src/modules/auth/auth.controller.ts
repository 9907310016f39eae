import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  SESSION_COOKIE,
  ZLogin,
  ZTotpCode,
  ZUpdateMe,
  type TActiveSession,
  type TLogin,
  type TLoginResult,
  type TSession,
  type TUpdateMe,
} from '@replies/shared';
import { z } from 'zod';
import { ApiZodBody, ZodPipe } from '../../common/zod';
import { AccountService } from './account.service';
import { AuthService } from './auth.service';
import { challengeOf, clientOf, cookieOptions, refuseCrossSite, startChallenge, startSession } from './cookies';
import { DuringTwoFactorSetup, Public } from './decorators';
import { twoFactorRequiredFor, type AuthenticatedRequest } from './session-user';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly account: AccountService,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Sign in. Without a second factor: sets the HttpOnly session cookie and returns the CSRF token. With one: ' +
      'answers { twoFactorRequired: true } without a session; POST /api/auth/login/totp completes the sign-in.',
  })
  @ApiZodBody(ZLogin)
  async login(
    @Body(new ZodPipe(ZLogin)) body: TLogin,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TLoginResult> {
    refuseCrossSite(request);
    const outcome = await this.auth.login(body, clientOf(request));
    if (outcome.kind === 'challenge') {
      startChallenge(response, outcome.challengeToken);
      return { twoFactorRequired: true };
    }
    return startSession(response, outcome);
  }

  @Public()
  @Post('login/totp')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Second step of the sign-in: the 6-digit code of the authenticator app, or a recovery code. 401 when wrong; after five wrong codes the sign-in starts over.',
  })
  @ApiZodBody(ZTotpCode)
  async loginTotp(
    @Body(new ZodPipe(ZTotpCode)) body: z.output<typeof ZTotpCode>,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TSession> {
    refuseCrossSite(request);
    return startSession(response, await this.auth.completeLogin(challengeOf(request), body.code, clientOf(request)));
  }

  @Post('logout')
  @HttpCode(204)
  @DuringTwoFactorSetup()
  @ApiOperation({ summary: 'Sign out: ends the session and clears the cookie.' })
  async logout(@Req() request: AuthenticatedRequest, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.logout(request.auth!.sessionId);
    response.clearCookie(SESSION_COOKIE, cookieOptions());
  }

  @Get('me')
  @DuringTwoFactorSetup()
  @ApiOperation({ summary: 'The signed-in user and the CSRF token; 401 when not signed in.' })
  me(@Req() request: AuthenticatedRequest): TSession {
    const auth = request.auth!;
    return {
      user: auth.user,
      csrfToken: auth.csrfToken,
      twoFactorSetupRequired: auth.twoFactorSetupRequired,
      twoFactorMandatory: twoFactorRequiredFor(auth.user),
    };
  }

  @Patch('me')
  @DuringTwoFactorSetup()
  @ApiOperation({ summary: "The user's interface language, used after sign-in and for the mail they receive." })
  @ApiZodBody(ZUpdateMe)
  async updateMe(
    @Body(new ZodPipe(ZUpdateMe)) body: TUpdateMe,
    @Req() request: AuthenticatedRequest,
  ): Promise<TSession> {
    const auth = request.auth!;
    const user = await this.account.setLanguage(auth.user, body.language);
    return {
      user,
      csrfToken: auth.csrfToken,
      twoFactorSetupRequired: auth.twoFactorSetupRequired,
      twoFactorMandatory: twoFactorRequiredFor(user),
    };
  }

  @Get('sessions')
  @ApiOperation({ summary: "The user's own active sessions (browsers), the current one marked." })
  sessions(@Req() request: AuthenticatedRequest): Promise<TActiveSession[]> {
    return this.account.listSessions(request.auth!.user, request.auth!.sessionId);
  }

  @Delete('sessions/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'End one of your sessions (signs that browser out; the current one too).' })
  async endSession(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    const { current } = await this.account.endSession(request.auth!.user, id, request.auth!.sessionId);
    if (current) response.clearCookie(SESSION_COOKIE, cookieOptions());
  }
}
