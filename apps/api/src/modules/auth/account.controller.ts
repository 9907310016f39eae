import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  ZActivateAccount,
  ZPasswordResetConfirm,
  ZPasswordResetRequest,
  ZTotpCode,
  type TActivateAccount,
  type TPasswordResetAccepted,
  type TPasswordResetConfirm,
  type TPasswordResetRequest,
  type TRecoveryCodes,
  type TSession,
  type TTotpSetup,
} from '@replies/shared';
import type { z } from 'zod';
import { ApiZodBody, ZodPipe } from '../../common/zod';
import { AccountService } from './account.service';
import { clientOf, refuseCrossSite, startSession } from './cookies';
import { CurrentUser, DuringTwoFactorSetup, Public } from './decorators';
import type { SessionUser } from './session-user';
import { TwoFactorService } from './two-factor.service';

@ApiTags('auth')
@Controller('auth')
export class AccountController {
  constructor(
    private readonly account: AccountService,
    private readonly twoFactor: TwoFactorService,
  ) {}

  @Public()
  @Post('activate')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Activate an invited account with the token of the mailed link (valid 7 days, single use) and a password of at least 12 characters, not a common one. Signs the user in.',
  })
  @ApiZodBody(ZActivateAccount)
  async activate(
    @Body(new ZodPipe(ZActivateAccount)) body: TActivateAccount,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TSession> {
    refuseCrossSite(request);
    return startSession(response, await this.account.activate(body, clientOf(request)));
  }

  @Public()
  @Post('password-reset')
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Ask for a password reset link. Always 202 with the same body, whether or not the e-mail has an account; throttled.',
  })
  @ApiZodBody(ZPasswordResetRequest)
  requestReset(
    @Body(new ZodPipe(ZPasswordResetRequest)) body: TPasswordResetRequest,
    @Req() request: Request,
  ): Promise<TPasswordResetAccepted> {
    return this.account.requestPasswordReset(body.email, request.ip);
  }

  @Public()
  @Post('password-reset/confirm')
  @HttpCode(204)
  @ApiOperation({ summary: 'Set the new password with the token of the link; ends every session of the user.' })
  @ApiZodBody(ZPasswordResetConfirm)
  async confirmReset(@Body(new ZodPipe(ZPasswordResetConfirm)) body: TPasswordResetConfirm): Promise<void> {
    await this.account.confirmPasswordReset(body);
  }

  @Post('totp/setup')
  @HttpCode(200)
  @DuringTwoFactorSetup()
  @ApiOperation({ summary: 'Start two-factor sign-in: a new TOTP secret, its otpauth URL and QR code (SVG).' })
  setup(@CurrentUser() user: SessionUser): Promise<TTotpSetup> {
    return this.twoFactor.setup(user);
  }

  @Post('totp/confirm')
  @HttpCode(200)
  @DuringTwoFactorSetup()
  @ApiOperation({
    summary: 'Turn two-factor sign-in on with a code of the app; returns ten single-use recovery codes.',
  })
  @ApiZodBody(ZTotpCode)
  confirm(
    @Body(new ZodPipe(ZTotpCode)) body: z.output<typeof ZTotpCode>,
    @CurrentUser() user: SessionUser,
  ): Promise<TRecoveryCodes> {
    return this.twoFactor.confirm(user, body.code);
  }

  @Post('totp/disable')
  @HttpCode(204)
  @ApiOperation({ summary: 'Turn two-factor sign-in off with a current code (409 when REQUIRE_2FA requires it).' })
  @ApiZodBody(ZTotpCode)
  async disable(
    @Body(new ZodPipe(ZTotpCode)) body: z.output<typeof ZTotpCode>,
    @CurrentUser() user: SessionUser,
  ): Promise<void> {
    await this.twoFactor.disable(user, body.code);
  }
}
