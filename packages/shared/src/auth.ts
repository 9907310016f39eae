import { z } from 'zod';
import { ZLanguage } from './languages';
import { ZEmail, ZPassword, ZRole } from './users';
import { atMost } from './limits';

export const ZLogin = z.object({
  email: z.string().trim().toLowerCase().min(1, { error: 'Enter your e-mail address.' }),
  password: z.string().min(1, { error: 'Enter your password.' }),
});
export type TLogin = z.infer<typeof ZLogin>;

/** The signed-in user as the API returns it. */
export const ZSessionUser = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: ZRole,
    entityCode: z.string().nullable(),
    language: ZLanguage,
    twoFactor: z.boolean(),
  })
  .meta({ id: 'SessionUser' });
export type TSessionUser = z.infer<typeof ZSessionUser>;

/** The signed-in user as the API returns it, with the token to send back in the X-CSRF-Token header. */
export const ZSession = z
  .object({
    user: ZSessionUser,
    csrfToken: z.string(),
    /**
     * The second factor is required for this role (REQUIRE_2FA=secretariat) and not set up yet: until it
     * is, the session reaches only the account routes (set up the second factor, sign out).
     */
    twoFactorSetupRequired: z.boolean(),
    /** REQUIRE_2FA applies to this user: the second factor cannot be turned off. */
    twoFactorMandatory: z.boolean(),
  })
  .meta({ id: 'Session' });
export type TSession = z.infer<typeof ZSession>;

/** The password was right; the second factor is asked next (POST /api/auth/login/totp). No session yet. */
export const ZTwoFactorRequired = z.object({ twoFactorRequired: z.literal(true) });
export type TTwoFactorRequired = z.infer<typeof ZTwoFactorRequired>;

export const ZLoginResult = z.union([ZSession, ZTwoFactorRequired]);
export type TLoginResult = z.infer<typeof ZLoginResult>;

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

export const ZTotpSetup = z.object({
  /** Base32, for apps where the QR code cannot be scanned. */
  secret: z.string(),
  otpauthUrl: z.string(),
  /** The otpauth URL as a QR code, an SVG document. */
  qrSvg: z.string(),
});
export type TTotpSetup = z.infer<typeof ZTotpSetup>;

export const ZRecoveryCodes = z.object({
  /** Ten single-use codes, shown once. */
  codes: z.array(z.string()),
});
export type TRecoveryCodes = z.infer<typeof ZRecoveryCodes>;

/** A new password, chosen by its owner: at least 12 characters and not a common password (checked by the API). */
export const ZNewPassword = z.object({ password: ZPassword });

export const ZActivateAccount = z.object({
  token: z.string().trim().min(1, { error: 'This activation link is incomplete.' }).max(200, atMost(200)),
  password: ZPassword,
});
export type TActivateAccount = z.infer<typeof ZActivateAccount>;

export const ZPasswordResetRequest = z.object({ email: ZEmail });
export type TPasswordResetRequest = z.infer<typeof ZPasswordResetRequest>;

export const ZPasswordResetConfirm = z.object({
  token: z.string().trim().min(1, { error: 'This link is incomplete.' }).max(200, atMost(200)),
  password: ZPassword,
});
export type TPasswordResetConfirm = z.infer<typeof ZPasswordResetConfirm>;

/** The one answer to a reset request, whether or not the e-mail belongs to an account. */
export const ZPasswordResetAccepted = z.object({ message: z.string() });
export type TPasswordResetAccepted = z.infer<typeof ZPasswordResetAccepted>;
export const PASSWORD_RESET_ACCEPTED: TPasswordResetAccepted = {
  message: 'If an account uses this e-mail address, a link to choose a new password has been sent to it.',
};

export const ZUpdateMe = z.object({ language: ZLanguage });
export type TUpdateMe = z.infer<typeof ZUpdateMe>;

/** One of the user's own signed-in browsers. */
export const ZActiveSession = z.object({
  id: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  userAgent: z.string().nullable(),
  ip: z.string().nullable(),
  current: z.boolean(),
});
export type TActiveSession = z.infer<typeof ZActiveSession>;

export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_COOKIE = 'replies_session';
/** Set between the password and the second factor; holds no session. */
export const LOGIN_CHALLENGE_COOKIE = 'replies_2fa';
/** A long-lived random id of the browser, to notice sign-ins from new browsers. */
export const BROWSER_COOKIE = 'replies_browser';
/** The interface language chosen on this browser before signing in (read by the sign-in pages and the web app). */
export const LANGUAGE_COOKIE = 'replies_language';
