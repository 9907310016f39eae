import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { CSRF_HEADER, SESSION_COOKIE, type TRole } from '@replies/shared';
import { DomainError, forbidden, unauthorized } from '../../common/domain-error';
import { AuthService } from './auth.service';
import { DURING_TWO_FACTOR_SETUP, PUBLIC_ROUTE, ROLES } from './decorators';
import type { AuthenticatedRequest } from './session-user';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Runs on every route: finds the session behind the cookie, refuses state-changing requests without
 * the session's CSRF token, and checks the route's roles. 401 when not signed in, 403 when not allowed.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const targets = [context.getHandler(), context.getClass()];
    // Public routes (sign-in, health, public pages) need no session: no lookup on those.
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const token: unknown = request.cookies?.[SESSION_COOKIE];
    if (typeof token === 'string' && token) {
      request.auth = (await this.auth.resolve(token)) ?? undefined;
    }
    if (!request.auth) throw unauthorized();

    if (!SAFE_METHODS.has(request.method) && request.header(CSRF_HEADER) !== request.auth.csrfToken) {
      throw new DomainError(403, 'CSRF', 'This request lacks its security token. Reload the page and try again.');
    }
    if (
      request.auth.twoFactorSetupRequired &&
      !this.reflector.getAllAndOverride<boolean>(DURING_TWO_FACTOR_SETUP, targets)
    ) {
      throw new DomainError(
        403,
        'TWO_FACTOR_SETUP_REQUIRED',
        'Set up two-factor sign-in first: it is required for the Secretariat.',
      );
    }
    const roles = this.reflector.getAllAndOverride<TRole[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(request.auth.user.role)) throw forbidden();
    return true;
  }
}
