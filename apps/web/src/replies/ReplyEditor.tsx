import { useCallback, useEffect, useMemo, useRef, useState, type BaseSyntheticEvent } from 'react';
import { useNavigate } from 'react-router';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from '../i18n/react';
import {
  canEdit,
  LANGUAGES,
  LENGTH_RULE_MESSAGES,
  ZReplyForm,
  type TAttachment,
  type TCycle,
  type TReply,
  type TLanguage,
  type TReplyForm,
} from '@replies/shared';
import { api } from '../api/client';
import { useUser } from '../auth/session';
import { submittedHref } from '../cycles/text';
import { LANGUAGE_INFO } from '../i18n/language-info';
import { StatusMessage } from '../ui/Alert';
import { NoMailServerNotice } from '../mail/NoMailServerNotice';
import { ErrorSummary, type ErrorSummaryItem } from '../ui/ErrorSummary';
import { DateField, SelectField } from '../ui/Field';
import { useFormat } from '../ui/format';
import { useAnnouncer } from '../ui/useAnnouncer';
import { CheckReply, type TReplyField } from './CheckReply';
import { ConflictPanel } from './ConflictPanel';
import { conflictOf } from './editorState';
import { useEditorState } from './editorStore';
import { LengthRuleNotice, LiveWordCount, OverLimitAnnouncement } from './LengthRule';
import { useLiveLength } from './liveLength';
import { OriginalUpload } from './OriginalUpload';
import { ReplaceTextPrompt } from './ReplaceTextPrompt';
import { ReplyTextArea } from './ReplyTextArea';
import { ReplyStateHeader, ReturnComment } from './ReplyStateHeader';
import { SaveStatus } from './SaveStatus';
import { submission } from './submitReply';
import { createTypingPause } from './typingPause';
import { useAutosave, type DraftServer } from './useAutosave';
import { LeaveDialog, useUnsavedGuard } from './useUnsavedGuard';
import { formValuesOf } from './values';

interface ReplyEditorProps {
  cycle: TCycle;
  slug: string;
  entityCode: string;
  /** The State or organization, named in the interface language (the check step's declaration names it). */
  entity: { text: string; lang: TLanguage };
  initial: TReply;
}

/**
 * The reply form: text and summary in the original language, autosaved, checked against the length rule.
 * A keystroke in the text or the summary runs no script of ours (ReplyTextArea): the form hears of the
 * text when typing pauses (typingPause), and only then are the draft marked unsaved, its autosave
 * scheduled and the text counted (liveLength, when the browser is idle); the form renders only what
 * changed. Whatever reads the form first hands it what was typed (`typing.flush()`).
 */
export function ReplyEditor({ cycle, slug, entityCode, entity, initial }: ReplyEditorProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const user = useUser();
  const isSecretariat = user.role !== 'FOCAL_POINT';
  const { replyWordLimit, summaryWordLimit } = cycle;
  const limits = useMemo(() => ({ replyWordLimit, summaryWordLimit }), [replyWordLimit, summaryWordLimit]);

  const [initialValues] = useState(() => formValuesOf(initial, format.language));
  const form = useForm<TReplyForm>({
    resolver: zodResolver(ZReplyForm),
    defaultValues: initialValues,
    // The error summary takes the focus, not the first invalid field.
    shouldFocusError: false,
  });
  const {
    register,
    handleSubmit,
    control,
    formState: { errors },
  } = form;
  const server = useMemo<DraftServer>(
    () => ({
      load: () => api.replies.get(slug, entityCode),
      save: (body) => api.replies.save(slug, entityCode, body),
      submit: (body) => api.replies.submit(slug, entityCode, body),
    }),
    [slug, entityCode],
  );
  const autosave = useAutosave({ initial, form, server, withReceivedOn: isSecretariat });
  const lengths = useLiveLength(form, limits);
  const { store } = autosave;
  const [typing] = useState(createTypingPause);
  useEffect(() => () => typing.dispose(), [typing]);
  const { hasUnsavedChanges: unsavedInForm } = autosave;
  const hasUnsavedChanges = useCallback(() => {
    typing.flush();
    return unsavedInForm();
  }, [typing, unsavedInForm]);

  const reply = useEditorState(store, (state) => state.reply);
  const conflict = useEditorState(store, conflictOf);
  const busy = useEditorState(store, (state) => state.busy !== null);
  const problem = useEditorState(store, (state) => state.problem);
  const pendingText = useEditorState(store, (state) => state.pendingText);
  const originalLanguage = useWatch({ control, name: 'originalLanguage' });
  const [announcement, announce] = useAnnouncer();
  const blocker = useUnsavedGuard(hasUnsavedChanges);
  // The check step: what will be sent, shown in place of the form (which stays, hidden, with its state).
  const [checking, setChecking] = useState<TReplyForm | null>(null);
  // Each press of Save or "Check and submit" (and each failed submission): the error summary takes the focus.
  const [attempts, setAttempts] = useState(0);
  const [sendFailures, setSendFailures] = useState(0);
  const returnTo = useRef<TReplyField | null>(null);
  const attempted = () => setAttempts((n) => n + 1);

  const editable = canEdit(reply.status);
  const readOnly = !editable;
  const info = LANGUAGE_INFO[originalLanguage ?? 'en'];

  // The attempt is counted once the command is over, so that the summary says its outcome, not the previous one.
  const submitDraft = handleSubmit(async (values) => {
    await autosave.save(values);
    attempted();
  }, attempted);
  const saveDraft = (event?: BaseSyntheticEvent) => {
    typing.flush();
    return submitDraft(event);
  };

  /** First step: the length rule, the draft saved; then the check step shows what will be sent. */
  const submitForCheck = handleSubmit(async (values) => {
    const prepared = await submission({ autosave, server, limits }).check(values);
    attempted();
    if (!prepared) return;
    announce(''); // what was said about the form (a file stored) is not news on the check
    setChecking(prepared);
  }, attempted);
  const checkReply = () => {
    typing.flush();
    return submitForCheck();
  };

  /** Second step, from the check: the submission, then its confirmation page with the receipt. */
  const sendReply = async () => {
    if (!checking) return;
    const submitted = await submission({ autosave, server, limits }).confirm(checking, { declaration: true });
    if (submitted) {
      void navigate(submittedHref(slug, entityCode));
      return;
    }
    if (store.getState().problem?.kind === 'lengthRule') {
      // The server applied the length rule otherwise (the cycle's limits changed): the form's error summary says it.
      setChecking(null);
      attempted();
    } else setSendFailures((n) => n + 1);
  };

  const backToForm = (field: TReplyField) => {
    returnTo.current = field;
    setChecking(null);
  };
  // Back from the check, the field to change takes the focus once the form shows again.
  useEffect(() => {
    if (checking || !returnTo.current) return;
    document.getElementById(returnTo.current)?.focus();
    returnTo.current = null;
  }, [checking]);

  const keepMine = async () => {
    typing.flush();
    const kept = await autosave.keepMine();
    if (kept === 'invalid')
      void saveDraft(); // shows the field errors
    else if (kept) announce(t('conflict.keptMine'));
  };

  const takeTheirs = () => {
    if (autosave.takeTheirs()) announce(t('conflict.usedTheirs'));
  };

  const onUploaded = async (attachment: TAttachment, extractedText: string | null) => {
    typing.flush();
    announce(t('upload.done', { name: attachment.fileName }));
    if ((await autosave.uploaded(attachment, extractedText)) === 'inserted') announce(t('upload.textInserted'));
  };

  const replaceText = () => {
    if (!autosave.replaceText()) return;
    announce(t('upload.textReplaced'));
    document.getElementById('reply-body')?.focus();
  };

  // What the error summary says besides the fields' own errors: the length rule (at the field it concerns),
  // a conflict to resolve first, or why the server refused.
  const problems: ErrorSummaryItem[] =
    problem?.kind === 'lengthRule'
      ? [
          {
            message: LENGTH_RULE_MESSAGES[problem.rule],
            fieldId: problem.rule === 'EMPTY_REPLY' ? 'reply-body' : 'reply-summary',
          },
        ]
      : problem?.kind === 'resolveConflictFirst'
        ? [{ message: t('conflict.resolveFirst') }]
        : [];
  const failure = problem?.kind === 'error' || problem?.kind === 'refused' ? problem.error : null;
  const ruleAt = (field: 'body' | 'summary') =>
    problem?.kind === 'lengthRule' && (problem.rule === 'EMPTY_REPLY') === (field === 'body')
      ? LENGTH_RULE_MESSAGES[problem.rule]
      : undefined;

  return (
    <>
      <StatusMessage>{announcement}</StatusMessage>
      {checking && (
        <CheckReply
          cycle={cycle}
          slug={slug}
          entityCode={entityCode}
          entity={entity}
          values={checking}
          attachment={reply.attachment}
          isSecretariat={isSecretariat}
          busy={busy}
          failure={failure}
          failures={sendFailures}
          onChange={backToForm}
          onSubmit={sendReply}
        />
      )}
      <div hidden={checking !== null}>
        <ReplyStateHeader reply={reply} cycle={cycle} slug={slug} />
        <ReturnComment reply={reply} />

        {conflict && (
          <ConflictPanel
            control={control}
            theirs={conflict}
            canKeepMine={canEdit(conflict.status)}
            busy={busy}
            onKeepMine={() => void keepMine()}
            onUseTheirs={takeTheirs}
          />
        )}

        <form className="card form reply-form" onSubmit={saveDraft} noValidate aria-labelledby="reply-form-title">
          <h2 id="reply-form-title" className="visually-hidden">
            {t('reply.formTitle')}
          </h2>
          <NoMailServerNotice what="receipt" />
          <ErrorSummary
            errors={errors}
            items={problems}
            failure={checking ? null : failure}
            attempt={attempts}
            busy={busy}
          />
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
              <DateField
                id="reply-received-on"
                label={t('reply.receivedOnLabel')}
                hint={t('reply.receivedOnHint')}
                optional
                readOnly={readOnly}
                error={errors.receivedOn?.message}
                registration={register('receivedOn')}
              />
            )}
          </div>

          <ReplyTextArea
            id="reply-body"
            label={t('reply.body')}
            className="field--wide"
            rows={18}
            lang={info.htmlLang}
            dir={info.dir}
            readOnly={readOnly}
            describedBy="reply-body-count"
            after={<LiveWordCount lengths={lengths} field="body" id="reply-body-count" limit={replyWordLimit} />}
            error={errors.body?.message ?? ruleAt('body')}
            registration={register('body')}
            typing={typing}
          />
          <OverLimitAnnouncement lengths={lengths} limit={replyWordLimit} editable={editable} />

          <ReplyTextArea
            id="reply-summary"
            label={t('reply.summary')}
            optional
            hint={t('reply.summaryHint', {
              reply: format.number(replyWordLimit),
              summary: format.number(summaryWordLimit),
            })}
            className="field--wide"
            rows={6}
            lang={info.htmlLang}
            dir={info.dir}
            readOnly={readOnly}
            describedBy="reply-summary-count"
            after={
              <LiveWordCount lengths={lengths} field="summary" id="reply-summary-count" limit={summaryWordLimit} />
            }
            error={errors.summary?.message ?? ruleAt('summary')}
            registration={register('summary')}
            typing={typing}
          />

          <LengthRuleNotice
            lengths={lengths}
            replyWordLimit={replyWordLimit}
            editable={editable}
            webOnlyError={errors.webOnly?.message}
            webOnlyRegistration={register('webOnly')}
          />

          <OriginalUpload
            slug={slug}
            entityCode={entityCode}
            attachment={reply.attachment}
            disabled={readOnly}
            onUploaded={(attachment, text) => void onUploaded(attachment, text)}
          />

          {pendingText !== null && (
            <ReplaceTextPrompt text={pendingText} onReplace={replaceText} onKeep={autosave.keepText} />
          )}

          {editable && (
            <div className="form__actions reply-form__actions">
              <button type="submit" className="button" aria-disabled={busy || undefined}>
                {t('reply.saveDraft')}
              </button>
              <button
                type="button"
                className="button button--primary"
                aria-disabled={busy || undefined}
                onClick={() => void checkReply()}
              >
                {t('reply.continue')}
              </button>
              <SaveStatus store={store} />
            </div>
          )}
        </form>
      </div>

      {blocker.state === 'blocked' && (
        <LeaveDialog
          onStay={() => blocker.reset()}
          onLeave={() => {
            autosave.leave();
            blocker.proceed();
          }}
          onSaveAndLeave={async () => {
            if (!(await autosave.saveBeforeLeaving())) return false;
            blocker.proceed();
            return true;
          }}
        />
      )}
    </>
  );
}
