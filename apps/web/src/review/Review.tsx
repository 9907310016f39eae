import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { useTranslation } from '../i18n/react';
import { canReturn, canTranslate, canWithdraw, type TCycle, type TReply } from '@replies/shared';
import { ApiError, api, type TRepetitions } from '../api/client';
import { useMessages } from '../i18n/messages';
import { asReply } from '../replies/values';
import { ErrorAlert, StatusMessage } from '../ui/Alert';
import { useAnnouncer } from '../ui/useAnnouncer';
import { useLoad } from '../ui/useLoad';
import { DecisionSection } from './DecisionSection';
import { OriginalText } from './OriginalText';
import { ReplyFacts } from './ReplyFacts';
import { ReturnForm } from './ReturnForm';
import { TranslationForm } from './TranslationForm';
import { VersionsSection } from './VersionsSection';
import { WithdrawSection } from './WithdrawSection';

const NO_REPETITIONS: TRepetitions = { applies: false, previousCycle: null, passages: [] };

interface ReviewProps {
  cycle: TCycle;
  slug: string;
  entityCode: string;
  reply: TReply;
  /** Replaces the page's reply with what an action returned. */
  onChanged: Dispatch<SetStateAction<TReply | null>>;
  /** Loads the reply again (after a 409: someone else changed it). */
  onReload: () => void;
}

/** The sections of the review page, each shown while the reply's status allows what it does. */
export function Review({ cycle, slug, entityCode, reply, onChanged, onReload }: ReviewProps) {
  const { t } = useTranslation();
  const { describeError } = useMessages();
  const exists = reply.id !== null;
  const [announcement, announce] = useAnnouncer();
  const [conflict, setConflict] = useState<string | null>(null);
  const factsRef = useRef<HTMLElement>(null);
  const conflictRef = useRef<HTMLDivElement>(null);

  // Nothing is stored for a reply not started: these would answer 404.
  const versions = useLoad(
    (signal) => (exists ? api.review.versions(slug, entityCode, signal) : Promise.resolve([])),
    String(exists),
  );
  const decisions = useLoad(
    (signal) => (exists ? api.review.decisions(slug, entityCode, signal) : Promise.resolve([])),
    String(exists),
  );
  const repetitions = useLoad(
    (signal) =>
      exists && cycle.newInformationOnly
        ? api.review.repetitions(slug, entityCode, signal)
        : Promise.resolve(NO_REPETITIONS),
    String(exists),
  );

  const changed = (next: TReply) => {
    setConflict(null);
    onChanged(next);
    versions.reload();
    decisions.reload();
  };

  /** After an action whose form goes away with the status it needed, the focus goes to where the reply stands. */
  const done = (next: TReply, message: string) => {
    changed(next);
    announce(message);
    window.setTimeout(() => factsRef.current?.focus(), 0);
  };

  /** 409: another editor acted first (accepted, returned, withdrew). Say so, and show the reply as it now is. */
  const onConflict = (error: ApiError) => {
    const current = asReply(error.current);
    const decision = error.code === 'ALREADY_ACCEPTED' ? (current?.decision ?? null) : null;
    const text = [
      // The API's message names the decision by its code: the interface's words say it better.
      error.code === 'ALREADY_ACCEPTED' ? t('apiErrors.ALREADY_ACCEPTED') : describeError(error),
      decision ? t('review.decision.alreadyAccepted', { decision: t(`decisions.${decision}`) }) : '',
    ]
      .filter(Boolean)
      .join(' ');
    if (current) onChanged(current);
    onReload();
    versions.reload();
    decisions.reload();
    setConflict(text);
  };

  // The message takes the focus once shown: the form the user was in may have gone with the new status.
  useEffect(() => {
    if (conflict) conflictRef.current?.focus();
  }, [conflict]);

  const status = reply.status;

  return (
    <>
      <ReplyFacts ref={factsRef} reply={reply} />
      <StatusMessage>{announcement}</StatusMessage>
      {conflict && (
        <div ref={conflictRef} tabIndex={-1} className="review-conflict">
          <ErrorAlert>{conflict}</ErrorAlert>
        </div>
      )}
      {status === 'WITHDRAWN' && <p className="notice">{t('review.withdraw.withdrawn')}</p>}

      {exists ? (
        <OriginalText reply={reply} slug={slug} entityCode={entityCode} repetitions={repetitions} />
      ) : (
        <p>{t('review.notStarted')}</p>
      )}
      {exists && <VersionsSection slug={slug} entityCode={entityCode} reply={reply} versions={versions} />}

      <DecisionSection
        slug={slug}
        entityCode={entityCode}
        reply={reply}
        decisions={decisions}
        onAccepted={changed}
        onConflict={onConflict}
      />

      {canReturn(status) && (
        <ReturnForm
          slug={slug}
          entityCode={entityCode}
          onConflict={onConflict}
          onReturned={(next) => done(next, t('review.returnForm.done'))}
        />
      )}

      {canTranslate(status) && (
        <section className="section" aria-labelledby="translations-title">
          <h2 id="translations-title">{t('review.translations.title')}</h2>
          <p className="muted">{t('review.translations.intro')}</p>
          <TranslationForm
            slug={slug}
            entityCode={entityCode}
            reply={reply}
            versions={versions.data}
            onConflict={onConflict}
            onSaved={(next) => {
              onChanged(next);
              versions.reload();
            }}
          />
        </section>
      )}

      {canWithdraw(status) && (
        <WithdrawSection
          slug={slug}
          entityCode={entityCode}
          onConflict={onConflict}
          onWithdrawn={(next) => done(next, t('review.withdraw.done'))}
        />
      )}
    </>
  );
}
