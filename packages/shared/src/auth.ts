import { z } from 'zod';
import type { TLanguage } from './languages';
import { ZLanguage } from './languages';
import { ZEmail, ZPassword, type TRole } from './users';

export const ZLogin = z.object({
  email: z.string().trim().toLowerCase().min(1, { error: 'Enter your e-mail address.' }),
  password: z.string().min(1, { error: 'Enter your password.' }),
});
export type TLogin = z.infer<typeof ZLogin>;

/** The signed-in user as the API returns it. */
export interface TSessionUser {
  id: string;
  email: string;
  name: string;
  role: TRole;
  entityCode: string | null;
  language: TLanguage;
  twoFactor: boolean;
}

/** The signed-in user as the API returns it, with the token to send back in the X-CSRF-Token header. */
export interface TSession {
  user: TSessionUser;
  csrfToken: string;
  /**
   * The second factor is required for this role (REQUIRE_2FA=secretariat) and not set up yet: until it
   * is, the session reaches only the account routes (set up the second factor, sign out).
   */
  twoFactorSetupRequired: boolean;
  /** REQUIRE_2FA applies to this user: the second factor cannot be turned off. */
  twoFactorMandatory: boolean;
}

/** The password was right; the second factor is asked next (POST /api/auth/login/totp). No session yet. */
export interface TTwoFactorRequired {
  twoFactorRequired: true;
}

export type TLoginResult = TSession | TTwoFactorRequired;

export const isTwoFactorRequired = (result: TLoginResult): result is TTwoFactorRequired =>
  (result as TTwoFactorRequired).twoFactorRequired === true;

/** A six-digit code of the authenticator app, or one of the ten recovery codes (xxxxx-xxxxx). */
export const ZTotpCode = z.object({
  code: z
    .string()
    .trim()
    .transform((code) => code.replace(/\s+/g, '').toLowerCase())
    .pipe(
      z.string().regex(/^(\d{6}|[a-z0-9]{5}-?[a-z0-9]{5})$/, {
        error: 'Enter the 6-digit code of your app, or a recovery code.',
      }),
    ),
});
export type TTotpCode = z.input<typeof ZTotpCode>;

export interface TTotpSetup {
  /** Base32, for apps where the QR code cannot be scanned. */
  secret: string;
  otpauthUrl: string;
  /** The otpauth URL as a QR code, an SVG document. */
  qrSvg: string;
}

export interface TRecoveryCodes {
  /** Ten single-use codes, shown once. */
  codes: string[];
}

/** A new password, chosen by its owner: at least 12 characters and not a common password (checked by the API). */
export const ZNewPassword = z.object({ password: ZPassword });

export const ZActivateAccount = z.object({
  token: z.string().trim().min(1, { error: 'This activation link is incomplete.' }).max(200),
  password: ZPassword,
});
export type TActivateAccount = z.infer<typeof ZActivateAccount>;

export const ZPasswordResetRequest = z.object({ email: ZEmail });
export type TPasswordResetRequest = z.infer<typeof ZPasswordResetRequest>;

export const ZPasswordResetConfirm = z.object({
  token: z.string().trim().min(1, { error: 'This link is incomplete.' }).max(200),
  password: ZPassword,
});
export type TPasswordResetConfirm = z.infer<typeof ZPasswordResetConfirm>;

/** The one answer to a reset request, whether or not the e-mail belongs to an account. */
export interface TPasswordResetAccepted {
  message: string;
}
export const PASSWORD_RESET_ACCEPTED: TPasswordResetAccepted = {
  message: 'If an account uses this e-mail address, a link to choose a new password has been sent to it.',
};

export const ZUpdateMe = z.object({ language: ZLanguage });
export type TUpdateMe = z.infer<typeof ZUpdateMe>;

/** One of the user's own signed-in browsers. */
export interface TActiveSession {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  userAgent: string | null;
  ip: string | null;
  current: boolean;
}

export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_COOKIE = 'replies_session';
/** Set between the password and the second factor; holds no session. */
export const LOGIN_CHALLENGE_COOKIE = 'replies_2fa';
/** A long-lived random id of the browser, to notice sign-ins from new browsers. */
export const BROWSER_COOKIE = 'replies_browser';
