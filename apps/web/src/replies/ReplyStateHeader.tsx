import { useTranslation } from '../i18n/react';
import { Link } from 'react-router';
import { canEdit, type TCycle, type TReply } from '@replies/shared';
import { receiptUrl } from '../api/client';
import { submittedHref } from '../cycles/text';
import { useFormat } from '../ui/format';

interface ReplyStateHeaderProps {
  reply: TReply;
  cycle: TCycle;
  slug: string;
}

/** The reply's status, its date received, the reference of its latest submission with the receipt, and the limits. */
export function ReplyStateHeader({ reply, cycle, slug }: ReplyStateHeaderProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const editable = canEdit(reply.status);
  return (
    <div className="reply-state">
      <p>
        <strong>{t('reply.statusLine', { status: t(`replyStatus.${reply.status}`) })}</strong>
      </p>
      {reply.receivedOn && <p>{t('reply.receivedOn', { date: format.date(reply.receivedOn) })}</p>}
      {reply.receipt && !editable && (
        <p>
          <Link to={submittedHref(slug, reply.entityCode)}>
            {t('reply.reference', { reference: reply.receipt.reference })}
          </Link>
          {' · '}
          <a href={receiptUrl(slug, reply.entityCode, format.language)} download>
            {t('reply.downloadReceipt')}
          </a>
        </p>
      )}
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
