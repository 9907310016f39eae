import { z } from 'zod';
import {
  ZActivateAccount,
  ZActiveSession,
  ZLogin,
  ZLoginResult,
  ZPasswordResetAccepted,
  ZPasswordResetConfirm,
  ZPasswordResetRequest,
  ZRecoveryCodes,
  ZSession,
  ZTotpCode,
  ZTotpSetup,
  ZUpdateMe,
} from '../auth';
import { NO_CONTENT, route } from './route';

export const auth = {
  login: route({
    method: 'POST',
    path: '/auth/login',
    summary:
      'Sign in. Without a second factor: sets the HttpOnly session cookie and returns the CSRF token. With one: ' +
      'answers { twoFactorRequired: true } without a session; POST /api/auth/login/totp completes the sign-in.',
    body: ZLogin,
    response: ZLoginResult,
  }),
  loginTotp: route({
    method: 'POST',
    path: '/auth/login/totp',
    summary:
      'Second step of the sign-in: the 6-digit code of the authenticator app, or a recovery code. 401 when wrong; after five wrong codes the sign-in starts over.',
    body: ZTotpCode,
    response: ZSession,
  }),
  logout: route({
    method: 'POST',
    path: '/auth/logout',
    summary: 'Sign out: ends the session and clears the cookie.',
    response: NO_CONTENT,
  }),
  me: route({
    method: 'GET',
    path: '/auth/me',
    summary: 'The signed-in user and the CSRF token; 401 when not signed in.',
    response: ZSession,
  }),
  updateMe: route({
    method: 'PATCH',
    path: '/auth/me',
    summary: "The user's interface language, used after sign-in and for the mail they receive.",
    body: ZUpdateMe,
    response: ZSession,
  }),
  sessions: route({
    method: 'GET',
    path: '/auth/sessions',
    summary: "The user's own active sessions (browsers), the current one marked.",
    response: z.array(ZActiveSession),
  }),
  endSession: route({
    method: 'DELETE',
    path: '/auth/sessions/:id',
    summary: 'End one of your sessions (signs that browser out; the current one too).',
    response: NO_CONTENT,
  }),
  activate: route({
    method: 'POST',
    path: '/auth/activate',
    summary:
      'Activate an invited account with the token of the mailed link (valid 7 days, single use) and a password of at least 12 characters, not a common one. Signs the user in.',
    body: ZActivateAccount,
    response: ZSession,
  }),
  requestPasswordReset: route({
    method: 'POST',
    path: '/auth/password-reset',
    status: 202,
    summary:
      'Ask for a password reset link. Always 202 with the same body, whether or not the e-mail has an account; throttled.',
    body: ZPasswordResetRequest,
    response: ZPasswordResetAccepted,
  }),
  confirmPasswordReset: route({
    method: 'POST',
    path: '/auth/password-reset/confirm',
    summary: 'Set the new password with the token of the link; ends every session of the user.',
    body: ZPasswordResetConfirm,
    response: NO_CONTENT,
  }),
  totpSetup: route({
    method: 'POST',
    path: '/auth/totp/setup',
    summary: 'Start two-factor sign-in: a new TOTP secret, its otpauth URL and QR code (SVG).',
    response: ZTotpSetup,
  }),
  totpConfirm: route({
    method: 'POST',
    path: '/auth/totp/confirm',
    summary: 'Turn two-factor sign-in on with a code of the app; returns ten single-use recovery codes.',
    body: ZTotpCode,
    response: ZRecoveryCodes,
  }),
  totpDisable: route({
    method: 'POST',
    path: '/auth/totp/disable',
    summary: 'Turn two-factor sign-in off with a current code (409 when REQUIRE_2FA requires it).',
    body: ZTotpCode,
    response: NO_CONTENT,
  }),
};
