import { useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import {
  canEdit,
  LANGUAGES,
  LENGTH_RULE_MESSAGES,
  ZReplyForm,
  type TAttachment,
  type TCycle,
  type TReply,
  type TReplyForm,
} from '@replies/shared';
import { api } from '../api/client';
import { useUser } from '../auth/session';
import { LANGUAGE_INFO } from '../i18n/languages';
import { useMessages } from '../i18n/messages';
import { ErrorAlert, StatusMessage } from '../ui/Alert';
import { NoMailServerNotice } from '../mail/NoMailServerNotice';
import { useMailSettings } from '../mail/useMailSettings';
import { SelectField, TextAreaField, TextField } from '../ui/Field';
import { useFormat } from '../ui/format';
import { useAnnouncer } from '../ui/useAnnouncer';
import { ConflictPanel } from './ConflictPanel';
import { conflictOf } from './editorState';
import { useEditorState } from './editorStore';
import { LengthRuleNotice, LiveWordCount, OverLimitAnnouncement } from './LengthRule';
import { useLiveLength } from './liveLength';
import { OriginalUpload } from './OriginalUpload';
import { ReplaceTextPrompt } from './ReplaceTextPrompt';
import { ReplyStateHeader, ReturnComment } from './ReplyStateHeader';
import { SaveStatus } from './SaveStatus';
import { submission } from './submitReply';
import { useAutosave, type DraftServer } from './useAutosave';
import { LeaveDialog, useUnsavedGuard } from './useUnsavedGuard';
import { formValuesOf } from './values';

interface ReplyEditorProps {
  cycle: TCycle;
  slug: string;
  entityCode: string;
  initial: TReply;
}

/**
 * The reply form: text and summary in the original language, autosaved, checked against the length rule.
 * The text areas are not controlled: typing renders nothing here, only the counts when they change
 * (liveLength) and the save status when the draft stops being saved (useAutosave).
 */
export function ReplyEditor({ cycle, slug, entityCode, initial }: ReplyEditorProps) {
  const { t } = useTranslation();
  const { describeError, message } = useMessages();
  const format = useFormat();
  const user = useUser();
  const isSecretariat = user.role !== 'FOCAL_POINT';
  const mailServer = useMailSettings();
  const { replyWordLimit, summaryWordLimit } = cycle;
  const limits = useMemo(() => ({ replyWordLimit, summaryWordLimit }), [replyWordLimit, summaryWordLimit]);

  const [initialValues] = useState(() => formValuesOf(initial, format.language));
  const form = useForm<TReplyForm>({ resolver: zodResolver(ZReplyForm), defaultValues: initialValues });
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
      submit: () => api.replies.submit(slug, entityCode),
    }),
    [slug, entityCode],
  );
  const autosave = useAutosave({ initial, form, server, withReceivedOn: isSecretariat });
  const lengths = useLiveLength(form, limits);
  const { store } = autosave;

  const reply = useEditorState(store, (state) => state.reply);
  const conflict = useEditorState(store, conflictOf);
  const busy = useEditorState(store, (state) => state.busy !== null);
  const problem = useEditorState(store, (state) => state.problem);
  const pendingText = useEditorState(store, (state) => state.pendingText);
  const originalLanguage = useWatch({ control, name: 'originalLanguage' });
  const [announcement, announce] = useAnnouncer();
  const statusRef = useRef<HTMLDivElement>(null);
  const blocker = useUnsavedGuard(autosave.hasUnsavedChanges);

  const editable = canEdit(reply.status);
  const readOnly = !editable;
  const info = LANGUAGE_INFO[originalLanguage ?? 'en'];

  const saveDraft = handleSubmit(async (values) => {
    await autosave.save(values);
  });

  const submitReply = handleSubmit(async (values) => {
    const submitted = await submission({ autosave, server, limits }).submit(values);
    if (!submitted) return;
    announce(t(!isSecretariat && mailServer === 'configured' ? 'reply.submittedReceipt' : 'reply.submittedDone'));
    window.setTimeout(() => statusRef.current?.focus(), 0);
  });

  const keepMine = async () => {
    const kept = await autosave.keepMine();
    if (kept === 'invalid')
      void saveDraft(); // shows the field errors
    else if (kept) announce(t('conflict.keptMine'));
  };

  const takeTheirs = () => {
    if (autosave.takeTheirs()) announce(t('conflict.usedTheirs'));
  };

  const onUploaded = async (attachment: TAttachment, extractedText: string | null) => {
    announce(t('upload.done', { name: attachment.fileName }));
    if ((await autosave.uploaded(attachment, extractedText)) === 'inserted') announce(t('upload.textInserted'));
  };

  const replaceText = () => {
    if (!autosave.replaceText()) return;
    announce(t('upload.textReplaced'));
    document.getElementById('reply-body')?.focus();
  };

  const topProblem =
    problem?.kind === 'error'
      ? describeError(problem.error)
      : problem?.kind === 'resolveConflictFirst'
        ? t('conflict.resolveFirst')
        : null;
  const ruleProblem =
    problem?.kind === 'lengthRule'
      ? message(LENGTH_RULE_MESSAGES[problem.rule])
      : problem?.kind === 'refused'
        ? describeError(problem.error)
        : null;

  return (
    <>
      <ReplyStateHeader ref={statusRef} reply={reply} cycle={cycle} />
      <StatusMessage>{announcement}</StatusMessage>
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
        <ErrorAlert>{topProblem}</ErrorAlert>
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
          after={<LiveWordCount lengths={lengths} field="body" id="reply-body-count" limit={replyWordLimit} />}
          error={errors.body?.message}
          registration={register('body')}
        />
        <OverLimitAnnouncement lengths={lengths} limit={replyWordLimit} editable={editable} />

        <TextAreaField
          id="reply-summary"
          label={t('reply.summary')}
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
          after={<LiveWordCount lengths={lengths} field="summary" id="reply-summary-count" limit={summaryWordLimit} />}
          error={errors.summary?.message}
          registration={register('summary')}
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

        {ruleProblem && (
          <div className="alert alert--error" role="alert">
            {ruleProblem}
          </div>
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
              onClick={() => void submitReply()}
            >
              {t('reply.submit')}
            </button>
            <SaveStatus store={store} />
          </div>
        )}
      </form>

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
