import { useTranslation } from '../i18n/react';
import { REPLY_STATUSES, type TReplyStatus } from '@replies/shared';

const KNOWN: readonly string[] = [...REPLY_STATUSES, 'NOT_STARTED'];

/** A reply's status in words; no reply at all reads "Not started". */
export function ReplyStatusText({ status }: { status: string | null | undefined }) {
  const { t } = useTranslation();
  const key = (status && KNOWN.includes(status) ? status : 'NOT_STARTED') as TReplyStatus | 'NOT_STARTED';
  return <span className={`reply-status reply-status--${key.toLowerCase()}`}>{t(`replyStatus.${key}`)}</span>;
}
