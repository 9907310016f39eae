import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { TRole } from '@replies/shared';
import type { AuthenticatedRequest, SessionUser } from './session-user';

export const PUBLIC_ROUTE = 'replies:public';
export const ROLES = 'replies:roles';
export const DURING_TWO_FACTOR_SETUP = 'replies:during-2fa-setup';

/** Open without signing in (health check, sign-in). Every other route needs a session. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** Only these roles may call the route; others get 403. */
export const Roles = (...roles: TRole[]) => SetMetadata(ROLES, roles);

/**
 * Reachable by a user who must set up the second factor and has not yet (REQUIRE_2FA): reading the
 * session, setting up the factor, choosing the language, signing out. Every other route answers 403.
 */
export const DuringTwoFactorSetup = () => SetMetadata(DURING_TWO_FACTOR_SETUP, true);

export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): SessionUser =>
    context.switchToHttp().getRequest<AuthenticatedRequest>().auth!.user,
);
