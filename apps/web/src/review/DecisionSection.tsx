import { useEffect, useRef } from 'react';
import { useTranslation } from '../i18n/react';
import { canAccept, inReport, type TDecisionRecord, type TReply } from '@replies/shared';
import type { ApiError } from '../api/client';
import { StatusMessage } from '../ui/Alert';
import { useAnnouncer } from '../ui/useAnnouncer';
import type { Loaded } from '../ui/useLoad';
import { DecisionForm } from './DecisionForm';
import { DecisionHistory } from './DecisionHistory';

interface DecisionSectionProps {
  slug: string;
  entityCode: string;
  reply: TReply;
  decisions: Loaded<TDecisionRecord[]>;
  onAccepted: (reply: TReply) => void;
  onConflict: (error: ApiError) => void;
}

/** The decision on how the report shows the reply: the form while it is submitted, then the result and history. */
export function DecisionSection({ slug, entityCode, reply, decisions, onAccepted, onConflict }: DecisionSectionProps) {
  const { t } = useTranslation();
  const [announcement, announce] = useAnnouncer();
  const acceptedRef = useRef<HTMLParagraphElement>(null);
  const accepted = inReport(reply.status) && reply.decision;
  // Accepting here removes the form: once the result shows, it takes the focus.
  const focusResult = useRef(false);
  useEffect(() => {
    if (accepted && focusResult.current) {
      focusResult.current = false;
      acceptedRef.current?.focus();
    }
  }, [accepted]);

  return (
    <section className="section" aria-labelledby="decision-title">
      <h2 id="decision-title">{t('review.decision.title')}</h2>
      {accepted ? (
        <p ref={acceptedRef} className="decision-accepted" tabIndex={-1}>
          <strong>{t('review.decision.accepted', { decision: t(`decisions.${reply.decision!}`) })}</strong>
        </p>
      ) : canAccept(reply.status) ? (
        <DecisionForm
          slug={slug}
          entityCode={entityCode}
          reply={reply}
          onConflict={onConflict}
          onAccepted={(next) => {
            focusResult.current = true;
            onAccepted(next);
            announce(t('review.decision.acceptedDone'));
          }}
        />
      ) : reply.status !== 'WITHDRAWN' ? (
        <p className="muted">{t('review.decision.notYet')}</p>
      ) : null}
      <StatusMessage>{announcement}</StatusMessage>
      {reply.id !== null && <DecisionHistory decisions={decisions} />}
    </section>
  );
}
