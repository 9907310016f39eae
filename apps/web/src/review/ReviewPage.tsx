import { useTranslation } from '../i18n/react';
import { Link } from 'react-router';
import { CyclePageFrame } from '../cycles/CyclePageFrame';
import { replyHref } from '../cycles/text';
import { entityName } from '../entities/names';
import { useEntities } from '../entities/store';
import { useReplyWithCycle } from '../replies/useReplyWithCycle';
import { useFormat } from '../ui/format';
import { QueueNeighbours } from './QueueNeighbours';
import { Review } from './Review';

/** The Secretariat's review of one reply: its text, versions, decision, return, withdrawal and translations. */
export default function ReviewPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { entities } = useEntities();
  const { slug, entityCode, key, cycle, reply } = useReplyWithCycle();

  const entity = entities.find((e) => e.code === entityCode.toUpperCase());
  const name = entity ? entityName(entity, format.language) : { text: entityCode, lang: format.language };

  return (
    <CyclePageFrame
      slug={slug}
      cycle={cycle.data}
      loads={[cycle, reply]}
      heading={t('review.title', { entity: name.text })}
      notFound={t('review.notFound')}
      content={
        cycle.data && reply.data ? (
          <>
            <QueueNeighbours slug={slug} entityCode={entityCode} />
            <p className="page-links">
              <Link to={replyHref(slug, entityCode)} aria-describedby="open-form-hint">
                {t('review.openForm')}
              </Link>{' '}
              <span id="open-form-hint" className="muted">
                {t('review.openFormHint')}
              </span>
            </p>
            <Review
              key={key}
              cycle={cycle.data}
              slug={slug}
              entityCode={entityCode}
              reply={reply.data}
              onChanged={reply.setData}
              onReload={reply.reload}
            />
          </>
        ) : null
      }
    />
  );
}
