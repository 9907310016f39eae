import { appConfig } from '../../config/config';

/**
 * The Reply-To of mail about a cycle: the address of the cycle's office when it has one, otherwise
 * MAIL_REPLY_TO (unset: replies go to MAIL_FROM). A cycle without an office, or mail about an account,
 * gets the setting.
 */
export function replyToAddress(
  cycle?: object | null,
  fallback: string | undefined = appConfig().mail.replyTo,
): string | undefined {
  const office = (cycle as { office?: { email?: string | null } | null } | null | undefined)?.office;
  return office?.email?.trim() || fallback;
}
