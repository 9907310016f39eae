import { Body, Controller, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { contract, type BodyOf } from '@replies/shared';
import { Endpoint } from '../../common/endpoint';
import { AccountService } from './account.service';
import { clientOf, refuseCrossSite, startSession } from './cookies';
import { CurrentUser, DuringTwoFactorSetup, Public } from './decorators';
import type { SessionUser } from './session-user';
import { TwoFactorService } from './two-factor.service';

const routes = contract.auth;

@Controller()
export class AccountController {
  constructor(
    private readonly account: AccountService,
    private readonly twoFactor: TwoFactorService,
  ) {}

  @Public()
  @Endpoint(routes.activate)
  async activate(
    @Body() body: BodyOf<typeof routes.activate>,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    refuseCrossSite(request);
    return startSession(response, await this.account.activate(body, clientOf(request)));
  }

  @Public()
  @Endpoint(routes.requestPasswordReset)
  requestReset(@Body() body: BodyOf<typeof routes.requestPasswordReset>, @Req() request: Request) {
    return this.account.requestPasswordReset(body.email, request.ip);
  }

  @Public()
  @Endpoint(routes.confirmPasswordReset)
  async confirmReset(@Body() body: BodyOf<typeof routes.confirmPasswordReset>): Promise<void> {
    await this.account.confirmPasswordReset(body);
  }

  @Endpoint(routes.totpSetup)
  @DuringTwoFactorSetup()
  setup(@CurrentUser() user: SessionUser) {
    return this.twoFactor.setup(user);
  }

  @Endpoint(routes.totpConfirm)
  @DuringTwoFactorSetup()
  confirm(@Body() body: BodyOf<typeof routes.totpConfirm>, @CurrentUser() user: SessionUser) {
    return this.twoFactor.confirm(user, body.code);
  }

  @Endpoint(routes.totpDisable)
  async disable(@Body() body: BodyOf<typeof routes.totpDisable>, @CurrentUser() user: SessionUser): Promise<void> {
    await this.twoFactor.disable(user, body.code);
  }
}
