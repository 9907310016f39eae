import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import {
  LANGUAGES,
  LENGTH_RULE_MESSAGES,
  ZReplyForm,
  checkLength,
  countWords,
  type TAttachment,
  type TCycle,
  type TReply,
  type TReplyForm,
} from '@replies/shared';
import { ApiError, api } from '../api/client';
import { useUser } from '../auth/session';
import { LANGUAGE_INFO } from '../i18n/languages';
import { useMessages } from '../i18n/messages';
import { ErrorAlert, StatusMessage } from '../ui/Alert';
import { NoMailServerNotice } from '../mail/NoMailServerNotice';
import { useMailSettings } from '../mail/useMailSettings';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../ui/Field';
import { useFormat } from '../ui/format';
import { useAnnouncer } from '../ui/useAnnouncer';
import { ConflictPanel } from './ConflictPanel';
import { OriginalUpload } from './OriginalUpload';
import { LeaveDialog, useUnsavedGuard } from './useUnsavedGuard';
import { asReply, formValuesOf, isEditable, saveBodyOf, snapshotOf } from './values';
import { WordCount } from './WordCount';

/** A draft is saved this long after the last keystroke. */
export const AUTOSAVE_DELAY_MS = 3000;

type SaveState =
  | { kind: 'idle' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; reason: string };

interface ReplyEditorProps {
  cycle: TCycle;
  slug: string;
  entityCode: string;
  initial: TReply;
}

const isLengthRule = (code: string): code is keyof typeof LENGTH_RULE_MESSAGES => code in LENGTH_RULE_MESSAGES;

/** The reply form: text and summary in the original language, autosaved, checked against the length rule. */
export function ReplyEditor({ cycle, slug, entityCode, initial }: ReplyEditorProps) {
  const { t } = useTranslation();
  const { describeError, message } = useMessages();
  const format = useFormat();
  const user = useUser();
  const isSecretariat = user.role !== 'FOCAL_POINT';
  const mailServer = useMailSettings();
  const limits = { replyWordLimit: cycle.replyWordLimit, summaryWordLimit: cycle.summaryWordLimit };

  const [reply, setReply] = useState(initial);
  const editable = isEditable(reply);
  const [initialValues] = useState(() => formValuesOf(initial, format.language));
  const {
    register,
    handleSubmit,
    getValues,
    setValue,
    reset,
    watch,
    control,
    formState: { errors },
  } = useForm({ resolver: zodResolver(ZReplyForm), defaultValues: initialValues });

  // What the server holds, and what is being sent: refs, read by timers and the navigation guard.
  const version = useRef(initial.version);
  const savedSnapshot = useRef(snapshotOf(initialValues));
  const inFlight = useRef<Promise<TReply> | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const conflictRef = useRef<TReply | null>(null);
  const unsaved = useRef(false);
  const lastSavedAt = useRef<Date | null>(null);

  const [conflict, setConflict] = useState<TReply | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [busy, setBusy] = useState<null | 'save' | 'submit' | 'resolve'>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [rule, setRule] = useState<string | null>(null);
  const [pendingText, setPendingText] = useState<string | null>(null);
  const [announcement, announce] = useAnnouncer();
  const statusRef = useRef<HTMLDivElement>(null);
  const replaceRef = useRef<HTMLButtonElement>(null);

  const [originalLanguage, body, summary, webOnly] = useWatch({
    control,
    name: ['originalLanguage', 'body', 'summary', 'webOnly'],
  });
  const deferredBody = useDeferredValue(body ?? '');
  const deferredSummary = useDeferredValue(summary ?? '');
  const bodyCount = useMemo(() => countWords(deferredBody), [deferredBody]);
  const summaryCount = useMemo(() => countWords(deferredSummary), [deferredSummary]);
  const overLimit = bodyCount.words > cycle.replyWordLimit;
  // Where the length rule stands now, to say under the notice what will happen or what is missing.
  const liveCheck = useMemo(
    () => checkLength({ body: deferredBody, summary: deferredSummary, webOnly: webOnly ?? false }, limits),
    [deferredBody, deferredSummary, webOnly, cycle.replyWordLimit, cycle.summaryWordLimit],
  );
  const ruleState =
    liveCheck.proposedDecision === 'WEB_ONLY'
      ? t('reply.ruleWebOnly')
      : liveCheck.proposedDecision === 'SUMMARY' && overLimit
        ? t('reply.ruleSummary')
        : liveCheck.blockingRule === 'SUMMARY_TOO_LONG'
          ? message(LENGTH_RULE_MESSAGES.SUMMARY_TOO_LONG)
          : null;

  const isDirty = () => snapshotOf(getValues()) !== savedSnapshot.current;
  const refreshUnsaved = () => {
    unsaved.current = isDirty() || inFlight.current !== null;
  };

  const adopt = (saved: TReply) => {
    version.current = saved.version;
    setReply(saved);
  };

  /**
   * Sends the values as the draft (PUT). Resolves with the stored reply, or null when it was not saved:
   * a newer version exists (the conflict panel opens), or the call failed (said in the status region,
   * and in an alert when the user asked for the save).
   */
  const save = async (values: TReplyForm, options: { explicit?: boolean; baseVersion?: number } = {}) => {
    window.clearTimeout(timer.current);
    const snapshot = snapshotOf(values);
    setSaveState({ kind: 'saving' });
    const run = api.replies.save(
      slug,
      entityCode,
      saveBodyOf(values, options.baseVersion ?? version.current, isSecretariat),
    );
    inFlight.current = run;
    unsaved.current = true;
    try {
      const saved = await run;
      savedSnapshot.current = snapshot;
      adopt(saved);
      conflictRef.current = null;
      setConflict(null);
      lastSavedAt.current = new Date();
      if (isDirty()) {
        // Typed while it was being sent: that is saved next.
        setSaveState({ kind: 'dirty' });
        schedule();
      } else {
        setSaveState({ kind: 'saved', at: lastSavedAt.current });
      }
      return saved;
    } catch (error) {
      if (error instanceof ApiError && (error.code === 'STALE_VERSION' || error.code === 'NOT_EDITABLE')) {
        const current =
          asReply(error.current) ?? (await api.replies.get(slug, entityCode).catch(() => null as TReply | null));
        if (current) {
          conflictRef.current = current;
          setConflict(current);
          setSaveState({ kind: 'dirty' });
          if (error.code === 'NOT_EDITABLE') setFailure(describeError(error));
          return null;
        }
      }
      setSaveState({ kind: 'failed', reason: describeError(error) });
      if (options.explicit) setFailure(describeError(error));
      return null;
    } finally {
      if (inFlight.current === run) inFlight.current = null;
      refreshUnsaved();
    }
  };

  const waitForSave = async () => {
    if (inFlight.current) await inFlight.current.catch(() => undefined);
  };

  const autosave = async () => {
    if (conflictRef.current || !editable) return;
    await waitForSave();
    if (!isDirty() || conflictRef.current) return;
    const parsed = ZReplyForm.safeParse(getValues());
    if (!parsed.success) return; // the field errors show when the user saves or submits
    await save(parsed.data);
  };

  function schedule() {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void latest.current.autosave(), AUTOSAVE_DELAY_MS);
  }

  const onChange = () => {
    const dirty = isDirty();
    unsaved.current = dirty || inFlight.current !== null;
    if (!editable) return;
    if (dirty) {
      if (!inFlight.current) setSaveState((state) => (state.kind === 'dirty' ? state : { kind: 'dirty' }));
      if (!conflictRef.current) schedule();
    } else {
      window.clearTimeout(timer.current);
      if (!inFlight.current) {
        const at = lastSavedAt.current;
        setSaveState(at ? { kind: 'saved', at } : { kind: 'idle' });
      }
    }
  };

  // Timers and the form subscription call the functions of the latest render.
  const latest = useRef({ autosave, onChange });
  latest.current = { autosave, onChange };

  useEffect(() => {
    const subscription = watch(() => latest.current.onChange());
    return () => subscription.unsubscribe();
  }, [watch]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  useEffect(() => {
    if (pendingText !== null) replaceRef.current?.focus();
  }, [pendingText]);

  const blocker = useUnsavedGuard(unsaved);

  const saveDraft = handleSubmit(async (values) => {
    if (busy) return;
    setFailure(null);
    setRule(null);
    setBusy('save');
    try {
      await waitForSave();
      await save(values, { explicit: true });
    } finally {
      setBusy(null);
    }
  });

  const ruleMessage = (code: keyof typeof LENGTH_RULE_MESSAGES) => message(LENGTH_RULE_MESSAGES[code]);

  const submitReply = handleSubmit(async (values) => {
    if (busy) return;
    setFailure(null);
    setRule(null);
    const check = checkLength(values, limits);
    if (check.blockingRule) {
      setRule(ruleMessage(check.blockingRule));
      return;
    }
    setBusy('submit');
    try {
      await waitForSave();
      if (conflictRef.current) {
        setFailure(t('conflict.resolveFirst'));
        return;
      }
      if (isDirty() || reply.status === 'NOT_STARTED' || version.current === 0) {
        const saved = await save(values, { explicit: true });
        if (!saved) return;
      }
      const submitted = await api.replies.submit(slug, entityCode);
      adopt(submitted);
      const next = formValuesOf(submitted, values.originalLanguage);
      savedSnapshot.current = snapshotOf(next);
      reset(next);
      unsaved.current = false;
      setSaveState({ kind: 'idle' });
      announce(t(!isSecretariat && mailServer === 'configured' ? 'reply.submittedReceipt' : 'reply.submittedDone'));
      window.setTimeout(() => statusRef.current?.focus(), 0);
    } catch (error) {
      if (error instanceof ApiError && error.status === 422) {
        setRule(isLengthRule(error.code) ? ruleMessage(error.code) : describeError(error));
      } else {
        setFailure(describeError(error));
      }
    } finally {
      setBusy(null);
    }
  });

  const keepMine = async () => {
    const theirs = conflictRef.current;
    if (!theirs || busy) return;
    const parsed = ZReplyForm.safeParse(getValues());
    if (!parsed.success) {
      void saveDraft(); // shows the field errors
      return;
    }
    setBusy('resolve');
    setFailure(null);
    conflictRef.current = null;
    try {
      const saved = await save(parsed.data, { explicit: true, baseVersion: theirs.version });
      if (saved) announce(t('conflict.keptMine'));
      else conflictRef.current ??= theirs;
    } finally {
      setBusy(null);
    }
  };

  const useTheirs = () => {
    const theirs = conflictRef.current;
    if (!theirs) return;
    window.clearTimeout(timer.current);
    const next = formValuesOf(theirs, getValues('originalLanguage'));
    savedSnapshot.current = snapshotOf(next);
    conflictRef.current = null;
    setConflict(null);
    setFailure(null);
    adopt(theirs);
    reset(next);
    unsaved.current = false;
    setSaveState({ kind: 'idle' });
    announce(t('conflict.usedTheirs'));
  };

  const onUploaded = async (attachment: TAttachment, extractedText: string | null) => {
    setReply((current) => ({ ...current, attachment }));
    announce(t('upload.done', { name: attachment.fileName }));
    // Storing the file may have created the reply or raised its version. The new version is taken only
    // when its text is what this form last saved; otherwise the next save reports the conflict.
    try {
      const fresh = await api.replies.get(slug, entityCode);
      const lastSaved = JSON.parse(savedSnapshot.current) as unknown[];
      const freshValues = formValuesOf(fresh, getValues('originalLanguage'));
      if (freshValues.body === lastSaved[1] && freshValues.summary === lastSaved[2]) {
        version.current = fresh.version;
        setReply((current) => ({ ...current, id: fresh.id, status: fresh.status, version: fresh.version, attachment }));
      }
    } catch {
      // Not fatal: the next save says whether the version moved.
    }
    if (extractedText === null) return;
    const current = getValues('body');
    if (!current.trim()) {
      setValue('body', extractedText, { shouldDirty: true });
      announce(t('upload.textInserted'));
    } else if (current !== extractedText) {
      setPendingText(extractedText);
    }
  };

  const replaceText = () => {
    if (pendingText === null) return;
    setValue('body', pendingText, { shouldDirty: true });
    setPendingText(null);
    announce(t('upload.textReplaced'));
    document.getElementById('reply-body')?.focus();
  };

  const saveStatusText = (() => {
    if (!editable) return '';
    switch (saveState.kind) {
      case 'dirty':
        return t('save.unsaved');
      case 'saving':
        return t('save.saving');
      case 'saved':
        return t('save.savedAt', { time: format.time(saveState.at) });
      case 'failed':
        return t('save.failed', { reason: saveState.reason });
      default:
        return reply.updatedAt ? t('save.lastSaved', { when: format.dateTime(reply.updatedAt) }) : '';
    }
  })();

  const info = LANGUAGE_INFO[originalLanguage ?? 'en'];
  const readOnly = !editable;

  return (
    <>
      <div className="reply-state" ref={statusRef} tabIndex={-1}>
        <p>
          <strong>{t('reply.statusLine', { status: t(`replyStatus.${reply.status}`) })}</strong>
        </p>
        {reply.receivedOn && <p>{t('reply.receivedOn', { date: format.date(reply.receivedOn) })}</p>}
        {readOnly && <p className="muted">{t('reply.readOnly')}</p>}
        {editable && (
          <p className="muted">
            {t('reply.limits', {
              reply: format.number(cycle.replyWordLimit),
              summary: format.number(cycle.summaryWordLimit),
            })}
          </p>
        )}
      </div>
      <StatusMessage>{announcement}</StatusMessage>

      {reply.status === 'RETURNED' && reply.returnComment && (
        <section className="notice notice--returned" aria-labelledby="return-comment-title">
          <h2 id="return-comment-title">{t('reply.returnComment')}</h2>
          <div className="pre-wrap">{reply.returnComment}</div>
        </section>
      )}

      {conflict && (
        <ConflictPanel
          mine={{ ...getValues() }}
          theirs={conflict}
          canKeepMine={isEditable(conflict)}
          busy={busy !== null}
          onKeepMine={() => void keepMine()}
          onUseTheirs={useTheirs}
        />
      )}

      <form className="card form reply-form" onSubmit={saveDraft} noValidate aria-labelledby="reply-form-title">
        <h2 id="reply-form-title" className="visually-hidden">
          {t('reply.formTitle')}
        </h2>
        <NoMailServerNotice what="receipt" />
        <ErrorAlert>{failure}</ErrorAlert>
        <div className="form__grid">
          <SelectField
            id="reply-language"
            label={t('reply.originalLanguage')}
            disabled={readOnly}
            error={errors.originalLanguage?.message}
            registration={register('originalLanguage')}
          >
            {LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {t(`languageNames.${language}`)}
              </option>
            ))}
          </SelectField>
          {isSecretariat && (
            <TextField
              id="reply-received-on"
              label={t('reply.receivedOnLabel')}
              hint={t('reply.receivedOnHint')}
              type="date"
              readOnly={readOnly}
              error={errors.receivedOn?.message}
              registration={register('receivedOn')}
            />
          )}
        </div>

        <TextAreaField
          id="reply-body"
          label={t('reply.body')}
          className="field--wide"
          rows={18}
          lang={info.htmlLang}
          dir={info.dir}
          readOnly={readOnly}
          describedBy="reply-body-count"
          after={<WordCount id="reply-body-count" count={bodyCount} limit={cycle.replyWordLimit} />}
          error={errors.body?.message}
          registration={register('body')}
        />
        {/* Crossing the limit is announced once, not at every word. */}
        <p className="visually-hidden" aria-live="polite">
          {overLimit && editable ? t('reply.overLimitLive', { limit: format.number(cycle.replyWordLimit) }) : ''}
        </p>

        <TextAreaField
          id="reply-summary"
          label={t('reply.summary')}
          hint={t('reply.summaryHint', {
            reply: format.number(cycle.replyWordLimit),
            summary: format.number(cycle.summaryWordLimit),
          })}
          className="field--wide"
          rows={6}
          lang={info.htmlLang}
          dir={info.dir}
          readOnly={readOnly}
          describedBy="reply-summary-count"
          after={<WordCount id="reply-summary-count" count={summaryCount} limit={cycle.summaryWordLimit} />}
          error={errors.summary?.message}
          registration={register('summary')}
        />

        {(overLimit || webOnly) && (
          <div className="notice" role="note" aria-labelledby="length-rule-title">
            <p id="length-rule-title" className="notice__title">
              {overLimit
                ? t('reply.overLimitTitle', { limit: format.number(cycle.replyWordLimit) })
                : t('reply.webOnlyTitle')}
            </p>
            <p>{message(LENGTH_RULE_MESSAGES.SUMMARY_OR_WEB_ONLY)}</p>
            {ruleState && editable && <p className="notice__state">{ruleState}</p>}
            <CheckboxField
              id="reply-web-only"
              label={t('reply.webOnly')}
              hint={t('reply.webOnlyHint')}
              disabled={readOnly}
              error={errors.webOnly?.message}
              registration={register('webOnly')}
            />
          </div>
        )}

        <OriginalUpload
          slug={slug}
          entityCode={entityCode}
          attachment={reply.attachment}
          disabled={readOnly}
          onUploaded={(attachment, text) => void onUploaded(attachment, text)}
        />

        {pendingText !== null && (
          <div className="notice" role="group" aria-labelledby="replace-title">
            <p id="replace-title" className="notice__title">
              {t('upload.replaceQuestion')}
            </p>
            <p>
              {t('upload.replaceHint', {
                count: countWords(pendingText).words,
                words: format.number(countWords(pendingText).words),
              })}
            </p>
            <div className="form__actions">
              <button ref={replaceRef} type="button" className="button button--primary" onClick={replaceText}>
                {t('upload.replace')}
              </button>
              <button type="button" className="button" onClick={() => setPendingText(null)}>
                {t('upload.keep')}
              </button>
            </div>
          </div>
        )}

        {rule && (
          <div className="alert alert--error" role="alert">
            {rule}
          </div>
        )}

        {editable && (
          <div className="form__actions reply-form__actions">
            <button type="submit" className="button" aria-disabled={busy !== null || undefined}>
              {t('reply.saveDraft')}
            </button>
            <button
              type="button"
              className="button button--primary"
              aria-disabled={busy !== null || undefined}
              onClick={() => void submitReply()}
            >
              {t('reply.submit')}
            </button>
            <p className="save-status" role="status">
              {saveStatusText}
            </p>
          </div>
        )}
      </form>

      {blocker.state === 'blocked' && (
        <LeaveDialog
          onStay={() => blocker.reset()}
          onLeave={() => {
            unsaved.current = false;
            blocker.proceed();
          }}
          onSaveAndLeave={async () => {
            await waitForSave();
            if (isDirty()) {
              const parsed = ZReplyForm.safeParse(getValues());
              if (!parsed.success || conflictRef.current) return false;
              const saved = await save(parsed.data, { explicit: true });
              if (!saved) return false;
            }
            unsaved.current = false;
            blocker.proceed();
            return true;
          }}
        />
      )}
    </>
  );
}
