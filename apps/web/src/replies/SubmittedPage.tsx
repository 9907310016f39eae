import { useTranslation } from '../i18n/react';
import { Link } from 'react-router';
import type { TCycle, TLanguage, TReply, TReplyReceipt } from '@replies/shared';
import { receiptUrl } from '../api/client';
import { useUser } from '../auth/session';
import { CyclePageFrame } from '../cycles/CyclePageFrame';
import { replyHref, reviewHref } from '../cycles/text';
import { entityName } from '../entities/names';
import { useEntities } from '../entities/store';
import { useMailSettings } from '../mail/useMailSettings';
import { useFormat } from '../ui/format';
import { useReplyWithCycle } from './useReplyWithCycle';

/**
 * The confirmation of a submission: the reference number, the date received in the Secretariat's
 * calendar, what happens next, and the receipt to download. Its address stays valid: it shows the latest
 * submission of the reply whenever it is opened again.
 */
export default function SubmittedPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { entities } = useEntities();
  const { slug, entityCode, cycle, reply } = useReplyWithCycle();
  const entity = entities.find((e) => e.code === entityCode);
  const name = entity ? entityName(entity, format.language) : { text: entityCode, lang: format.language };
  const receipt = reply.data?.receipt ?? null;

  return (
    <CyclePageFrame
      slug={slug}
      cycle={cycle.data}
      loads={[cycle, reply]}
      heading={reply.data && !receipt ? t('reply.title', { entity: name.text }) : t('reply.submitted.title')}
      notFound={t('reply.notFound')}
      content={
        cycle.data && reply.data ? (
          receipt ? (
            <Confirmation cycle={cycle.data} slug={slug} reply={reply.data} receipt={receipt} entity={name} />
          ) : (
            <p>
              {t('reply.submitted.notSubmitted')}{' '}
              <Link to={replyHref(slug, entityCode)}>{t('reply.submitted.open')}</Link>
            </p>
          )
        ) : null
      }
    />
  );
}

interface ConfirmationProps {
  cycle: TCycle;
  slug: string;
  reply: TReply;
  receipt: TReplyReceipt;
  entity: { text: string; lang: TLanguage };
}

function Confirmation({ cycle, slug, reply, receipt, entity }: ConfirmationProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const user = useUser();
  const mailServer = useMailSettings();
  const isSecretariat = user.role !== 'FOCAL_POINT';

  return (
    <>
      <div className="confirmation-panel">
        <p className="confirmation-panel__label">{t('reply.submitted.reference')}</p>
        <p className="confirmation-panel__reference" dir="ltr">
          {receipt.reference}
        </p>
      </div>

      <dl className="facts confirmation-facts">
        <div>
          <dt>{t('reply.check.sender')}</dt>
          <dd lang={entity.lang}>{entity.text}</dd>
        </div>
        <div>
          <dt>{t('reply.submitted.receivedOn')}</dt>
          <dd>
            {format.date(receipt.receivedOn)}
            <span className="field__hint confirmation-facts__hint">{t('reply.submitted.receivedOnHint')}</span>
          </dd>
        </div>
        <div>
          <dt>{t('reply.submitted.submittedAt')}</dt>
          <dd>{format.dateTime(receipt.submittedAt)}</dd>
        </div>
      </dl>

      <section className="section" aria-labelledby="receipt-title">
        <h2 id="receipt-title">{t('reply.submitted.receiptTitle')}</h2>
        <p>{t('reply.submitted.receiptIntro')}</p>
        <p>
          <a
            className="button"
            href={receiptUrl(slug, reply.entityCode, format.language)}
            download={`receipt-${receipt.reference.replace(/\//g, '-')}.docx`}
          >
            {t('reply.submitted.download')}
          </a>
        </p>
      </section>

      <section className="section" aria-labelledby="next-title">
        <h2 id="next-title">{t('reply.submitted.nextTitle')}</h2>
        {isSecretariat && <p>{t('reply.submitted.queue')}</p>}
        <ul>
          <li>{t('reply.submitted.review')}</li>
          <li>{t('reply.submitted.returned')}</li>
          <li>{t('reply.submitted.accepted', { symbol: cycle.symbol })}</li>
        </ul>
        {!isSecretariat && mailServer === 'configured' && <p>{t('reply.submitted.mailed', { entity: entity.text })}</p>}
      </section>

      <p className="confirmation-links">
        {isSecretariat ? (
          <Link to={reviewHref(slug, reply.entityCode)}>{t('reply.submitted.reviewLink')}</Link>
        ) : (
          <Link to="/">{t('reply.submitted.home')}</Link>
        )}
        <Link to={replyHref(slug, reply.entityCode)}>{t('reply.submitted.view')}</Link>
      </p>
    </>
  );
}
