import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { canEdit, type TCycle, type TReply } from '@replies/shared';
import { useFormat } from '../ui/format';

interface ReplyStateHeaderProps {
  reply: TReply;
  cycle: TCycle;
  /** Focused after submission, so that the new status is read out. */
  ref?: Ref<HTMLDivElement>;
}

/** The reply's status, its date received and the limits. */
export function ReplyStateHeader({ reply, cycle, ref }: ReplyStateHeaderProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const editable = canEdit(reply.status);
  return (
    <div className="reply-state" ref={ref} tabIndex={-1}>
      <p>
        <strong>{t('reply.statusLine', { status: t(`replyStatus.${reply.status}`) })}</strong>
      </p>
      {reply.receivedOn && <p>{t('reply.receivedOn', { date: format.date(reply.receivedOn) })}</p>}
      {!editable && <p className="muted">{t('reply.readOnly')}</p>}
      {editable && (
        <p className="muted">
          {t('reply.limits', {
            reply: format.number(cycle.replyWordLimit),
            summary: format.number(cycle.summaryWordLimit),
          })}
        </p>
      )}
    </div>
  );
}

/** The Secretariat's comment on a reply returned for changes. */
export function ReturnComment({ reply }: { reply: TReply }) {
  const { t } = useTranslation();
  if (reply.status !== 'RETURNED' || !reply.returnComment) return null;
  return (
    <section className="notice notice--returned" aria-labelledby="return-comment-title">
      <h2 id="return-comment-title">{t('reply.returnComment')}</h2>
      <div className="pre-wrap">{reply.returnComment}</div>
    </section>
  );
}
