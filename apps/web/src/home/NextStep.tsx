import { useTranslation } from '../i18n/react';
import { Link } from 'react-router';
import type { TNextStep } from '@replies/shared';
import { useFormat } from '../ui/format';
import { replyHref } from '../cycles/text';

interface NextStepProps {
  slug: string;
  entityCode: string;
  step: TNextStep;
  returnComment: string | null;
  receivedOn: string | null;
  publicPath: string | null;
  /** The heading level of the returned-reply alert's title, below the card's own heading. */
  headingLevel?: 'h3' | 'h4';
}

/** Where the reply stands, in one sentence, and the one button for what to do next. */
export function NextStep({
  slug,
  entityCode,
  step,
  returnComment,
  receivedOn,
  publicPath,
  headingLevel = 'h3',
}: NextStepProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const href = replyHref(slug, entityCode);
  const Heading = headingLevel;

  if (step === 'REVISE') {
    return (
      <div className="notice notice--returned next-step">
        <Heading className="notice__title">{t('nextStep.returnedTitle')}</Heading>
        <p>{t('nextStep.returnedIntro')}</p>
        {returnComment && <blockquote className="return-comment pre-wrap">{returnComment}</blockquote>}
        <p>
          <Link className="button button--primary" to={href}>
            {t('nextStep.REVISE')}
          </Link>
        </p>
      </div>
    );
  }
  if (step === 'START' || step === 'CONTINUE') {
    return (
      <p className="next-step">
        <Link className="button button--primary" to={href}>
          {t(`nextStep.${step}`)}
        </Link>
      </p>
    );
  }
  if (step === 'READ_PUBLISHED' && publicPath) {
    return (
      <p className="next-step">
        {t('nextStep.publishedText')} <a href={publicPath}>{t('nextStep.READ_PUBLISHED')}</a>
      </p>
    );
  }
  if (step === 'NONE') return <p className="next-step muted">{t('nextStep.withdrawnText')}</p>;
  return (
    <p className="next-step">
      {step === 'AWAIT_REVIEW'
        ? t('nextStep.awaitReviewText', { date: receivedOn ? format.date(receivedOn) : '' })
        : t('nextStep.awaitPublicationText')}{' '}
      <Link to={href}>{t('nextStep.view')}</Link>
    </p>
  );
}
