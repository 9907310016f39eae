import type { Ref } from 'react';
import { useTranslation } from '../i18n/react';
import type { TReply } from '@replies/shared';
import { ReplyStatusText } from '../cycles/ReplyStatusText';
import { WordCount } from '../replies/WordCount';
import { useFormat } from '../ui/format';
import { NoValue } from '../ui/NoValue';

interface ReplyFactsProps {
  reply: TReply;
  /** Takes the focus after an action that removes the form the user was in (return, withdrawal). */
  ref?: Ref<HTMLElement>;
}

/** Where the reply stands: status, language, dates, lengths against the limits, and the proposed decision. */
export function ReplyFacts({ reply, ref }: ReplyFactsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const check = reply.lengthCheck;
  const none = <NoValue />;

  return (
    <section className="reply-state review-facts" ref={ref} tabIndex={-1} aria-labelledby="facts-title">
      <h2 id="facts-title" className="visually-hidden">
        {t('review.facts.title')}
      </h2>
      <dl className="facts">
        <div>
          <dt>{t('review.facts.status')}</dt>
          <dd>
            <ReplyStatusText status={reply.status} />
          </dd>
        </div>
        <div>
          <dt>{t('review.facts.originalLanguage')}</dt>
          <dd>{reply.originalLanguage ? t(`languageNames.${reply.originalLanguage}`) : none}</dd>
        </div>
        <div>
          <dt>{t('review.facts.received')}</dt>
          <dd>{reply.receivedOn ? format.date(reply.receivedOn) : none}</dd>
        </div>
        <div>
          <dt>{t('review.facts.lastSaved')}</dt>
          <dd>{reply.updatedAt ? format.dateTime(reply.updatedAt) : none}</dd>
        </div>
      </dl>
      {reply.enteredBySecretariat && <p className="tag tag--block">{t('review.enteredBySecretariat')}</p>}
      {check && (
        <>
          <dl className="facts facts--counts">
            <div>
              <dt>{t('review.facts.body')}</dt>
              <dd>
                <WordCount id="review-body-count" count={check.body} limit={check.replyWordLimit} />
              </dd>
            </div>
            <div>
              <dt>{t('review.facts.summary')}</dt>
              <dd>
                <WordCount id="review-summary-count" count={check.summary} limit={check.summaryWordLimit} />
              </dd>
            </div>
          </dl>
          <p className="proposed-decision">
            <strong>{t('review.proposed', { decision: t(`decisions.${check.proposedDecision}`) })}</strong>
          </p>
        </>
      )}
      {reply.status === 'RETURNED' && reply.returnComment && (
        <div className="notice notice--returned">
          <p className="notice__title">{t('review.returnComment')}</p>
          <div className="pre-wrap">{reply.returnComment}</div>
        </div>
      )}
    </section>
  );
}
