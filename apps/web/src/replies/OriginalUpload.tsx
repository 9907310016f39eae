import { useRef, useState } from 'react';
import { useTranslation } from '../i18n/react';
import { MAX_ORIGINAL_BYTES, type TAttachment } from '@replies/shared';
import { api, originalUrl } from '../api/client';
import { useMessages } from '../i18n/messages';
import { ErrorAlert } from '../ui/Alert';
import { LabelText } from '../ui/Field';
import { useFormat } from '../ui/format';

const ACCEPT = [
  '.docx',
  '.pdf',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
].join(',');

interface OriginalUploadProps {
  slug: string;
  entityCode: string;
  attachment: TAttachment | null;
  disabled: boolean;
  /** After a successful upload: the stored file and, for a DOCX, its text. */
  onUploaded: (attachment: TAttachment, extractedText: string | null) => void;
}

/** The signed original (DOCX or PDF), stored byte for byte; a DOCX also gives its text to the form. */
export function OriginalUpload({ slug, entityCode, attachment, disabled, onUploaded }: OriginalUploadProps) {
  const { t } = useTranslation();
  const { describeError } = useMessages();
  const format = useFormat();
  const inputRef = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const upload = async (file: File) => {
    setFailure(null);
    if (file.size > MAX_ORIGINAL_BYTES) {
      setFailure(t('upload.tooLarge', { max: format.number(MAX_ORIGINAL_BYTES / 1024 / 1024) }));
      return;
    }
    setUploading(true);
    try {
      const result = await api.replies.uploadOriginal(slug, entityCode, file);
      onUploaded(result.attachment, result.extractedText);
    } catch (error) {
      setFailure(describeError(error));
    } finally {
      setUploading(false);
      if (inputRef.current) inputRef.current.value = '';
      inputRef.current?.focus();
    }
  };

  const kilobytes = (size: number) => format.number(Math.max(1, Math.round(size / 1024)));

  return (
    <div className="field upload">
      {disabled ? (
        <p className="field__label">{t('upload.original')}</p>
      ) : (
        <>
          <label htmlFor="reply-original">
            <LabelText label={t('upload.label')} optional />
          </label>
          <p className="field__hint" id="reply-original-hint">
            {t('upload.hint', { max: format.number(MAX_ORIGINAL_BYTES / 1024 / 1024) })}
          </p>
        </>
      )}
      {!disabled && (
        <input
          ref={inputRef}
          id="reply-original"
          type="file"
          accept={ACCEPT}
          aria-describedby="reply-original-hint"
          disabled={uploading}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void upload(file);
          }}
        />
      )}
      {uploading && (
        <p className="muted" role="status">
          {t('upload.uploading')}
        </p>
      )}
      <ErrorAlert>{failure}</ErrorAlert>
      {attachment ? (
        <p className="upload__stored">
          {t('upload.stored')}{' '}
          <a href={originalUrl(slug, entityCode)} download={attachment.fileName}>
            {attachment.fileName}
          </a>{' '}
          <span className="muted">
            ({t('upload.size', { size: kilobytes(attachment.size) })}, {format.dateTime(attachment.uploadedAt)})
          </span>
        </p>
      ) : (
        disabled && <p className="muted">{t('upload.none')}</p>
      )}
    </div>
  );
}
