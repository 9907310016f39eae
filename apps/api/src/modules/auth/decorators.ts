import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { TRole } from '@replies/shared';
import type { AuthenticatedRequest, SessionUser } from './session-user';

export const PUBLIC_ROUTE = 'replies:public';
export const ROLES = 'replies:roles';

/** Open without signing in (health check, sign-in). Every other route needs a session. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** Only these roles may call the route; others get 403. */
export const Roles = (...roles: TRole[]) => SetMetadata(ROLES, roles);

export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): SessionUser =>
    context.switchToHttp().getRequest<AuthenticatedRequest>().auth!.user,
);
