import { z } from 'zod';
import { ZEntityCode } from './entities';
import { ZLanguage } from './languages';
import { atMost } from './limits';

export const ROLES = ['FOCAL_POINT', 'EDITOR', 'ADMIN'] as const;
export type TRole = (typeof ROLES)[number];
export const ZRole = z.enum(ROLES);

/** At least 12 characters; the API also refuses passwords found in a list of common ones. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'Enter a valid e-mail address.' }));
export const ZPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { error: `A password has at least ${PASSWORD_MIN_LENGTH} characters.` })
  .max(PASSWORD_MAX_LENGTH, { error: `A password has at most ${PASSWORD_MAX_LENGTH} characters.` });

/** Focal points speak for exactly one entity; editors and administrators for none. */
export function entityRuleViolation(user: { role?: TRole; entityCode?: string | null }): string | null {
  if (user.role === 'FOCAL_POINT' && !user.entityCode)
    return 'A focal point speaks for one State or organization: choose its entity.';
  if (user.role !== 'FOCAL_POINT' && user.entityCode)
    return 'Only focal points are bound to an entity; leave the entity empty.';
  return null;
}

export const ZCreateUser = z
  .object({
    email: ZEmail,
    name: z.string().trim().min(1, { error: 'The name is required.' }).max(200, atMost(200)),
    /** Omitted: the account is created as invited and the user gets an activation link by mail. */
    password: ZPassword.optional(),
    role: ZRole,
    entityCode: ZEntityCode.optional(),
    /** The language of the user's interface and mail; English unless chosen. */
    language: ZLanguage.optional(),
  })
  .superRefine((user, context) => {
    const violation = entityRuleViolation(user);
    if (violation) context.addIssue({ code: 'custom', message: violation, path: ['entityCode'] });
  });
export type TCreateUser = z.infer<typeof ZCreateUser>;

/** An editor invites a focal point for an invited State or organization: an account without a password. */
export const ZInviteFocalPoint = z.object({
  entityCode: z.string().trim().min(1, { error: 'Choose the State or organization.' }).pipe(ZEntityCode),
  email: ZEmail,
  name: z.string().trim().min(1, { error: 'The name is required.' }).max(200, atMost(200)),
});
export type TInviteFocalPoint = z.infer<typeof ZInviteFocalPoint>;

/** What an administrator may change on an account; the role/entity rule is checked against the stored user too. */
export const ZUpdateUser = z
  .object({
    name: z.string().trim().min(1, { error: 'The name is required.' }).max(200, atMost(200)),
    role: ZRole,
    entityCode: ZEntityCode.nullable(),
    disabled: z.boolean(),
    password: ZPassword,
  })
  .partial();
export type TUpdateUser = z.infer<typeof ZUpdateUser>;

/** INVITED: created without a password, waiting for the user to follow the activation link. */
export const ZUserStatus = z.enum(['INVITED', 'ACTIVE']);
export type TUserStatus = z.infer<typeof ZUserStatus>;

export const ZUser = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: ZRole,
    entityCode: z.string().nullable(),
    disabled: z.boolean(),
    language: ZLanguage,
    status: ZUserStatus,
    twoFactor: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'User' });
export type TUser = z.infer<typeof ZUser>;
