import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { CyclesModule } from '../cycles/cycles.module';
import { AccountController } from './account.controller';
import { AccountRepository } from './account.repository';
import { AccountService } from './account.service';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { SessionRepository } from './session.repository';
import { SignInController } from './sign-in/sign-in.controller';
import { TwoFactorService } from './two-factor.service';

@Module({
  imports: [CyclesModule],
  controllers: [AuthController, AccountController, SignInController],
  providers: [
    AuthService,
    AccountService,
    TwoFactorService,
    SessionRepository,
    AccountRepository,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService, AccountService, TwoFactorService],
})
export class AuthModule {}
