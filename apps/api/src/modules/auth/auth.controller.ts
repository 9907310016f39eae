import { Body, Controller, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { contract, SESSION_COOKIE, type BodyOf, type TLoginResult, type TSession } from '@replies/shared';
import { Endpoint } from '../../common/endpoint';
import { AccountService } from './account.service';
import { AuthService } from './auth.service';
import { challengeOf, clientOf, cookieOptions, refuseCrossSite, startChallenge, startSession } from './cookies';
import { DuringTwoFactorSetup, Public } from './decorators';
import { twoFactorRequiredFor, type AuthenticatedRequest } from './session-user';

const routes = contract.auth;

@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly account: AccountService,
  ) {}

  @Public()
  @Endpoint(routes.login)
  async login(
    @Body() body: BodyOf<typeof routes.login>,
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
  @Endpoint(routes.loginTotp)
  async loginTotp(
    @Body() body: BodyOf<typeof routes.loginTotp>,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    refuseCrossSite(request);
    return startSession(response, await this.auth.completeLogin(challengeOf(request), body.code, clientOf(request)));
  }

  @Endpoint(routes.logout)
  @DuringTwoFactorSetup()
  async logout(@Req() request: AuthenticatedRequest, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.logout(request.auth!.sessionId);
    response.clearCookie(SESSION_COOKIE, cookieOptions());
  }

  @Endpoint(routes.me)
  @DuringTwoFactorSetup()
  me(@Req() request: AuthenticatedRequest): TSession {
    const auth = request.auth!;
    return {
      user: auth.user,
      csrfToken: auth.csrfToken,
      twoFactorSetupRequired: auth.twoFactorSetupRequired,
      twoFactorMandatory: twoFactorRequiredFor(auth.user),
    };
  }

  @Endpoint(routes.updateMe)
  @DuringTwoFactorSetup()
  async updateMe(
    @Body() body: BodyOf<typeof routes.updateMe>,
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

  @Endpoint(routes.sessions)
  sessions(@Req() request: AuthenticatedRequest) {
    return this.account.listSessions(request.auth!.user, request.auth!.sessionId);
  }

  @Endpoint(routes.endSession)
  async endSession(
    @Param('id') id: string,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    const { current } = await this.account.endSession(request.auth!.user, id, request.auth!.sessionId);
    if (current) response.clearCookie(SESSION_COOKIE, cookieOptions());
  }
}
