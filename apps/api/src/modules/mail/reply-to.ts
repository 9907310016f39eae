import type { TOffice } from '@replies/shared';
import { appConfig } from '../../config/config';

/**
 * The Reply-To of mail about a cycle: the address of the cycle's office when it has one, otherwise
 * MAIL_REPLY_TO (unset: replies go to MAIL_FROM). A cycle without an office, or mail about an account,
 * gets the setting.
 */
export function replyToAddress(
  cycle?: { office: Pick<TOffice, 'email'> | null } | null,
  fallback: string | undefined = appConfig().mail.replyTo,
): string | undefined {
  return cycle?.office?.email?.trim() || fallback;
}
