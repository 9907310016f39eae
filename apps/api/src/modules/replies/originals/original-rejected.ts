export type OriginalRejectedCode = 'UNSUPPORTED_FILE' | 'FILE_TOO_LARGE' | 'SUSPICIOUS_ARCHIVE';

/** An uploaded original the portal refuses; `message` is written for the person uploading. */
export class OriginalRejected extends Error {
  override readonly name = 'OriginalRejected';

  constructor(
    readonly status: 413 | 415,
    readonly code: OriginalRejectedCode,
    message: string,
  ) {
    super(message);
  }
}

/** `what` completes "this file is …", e.g. "a plain-text file". */
export const unsupportedFile = (what: string) =>
  new OriginalRejected(
    415,
    'UNSUPPORTED_FILE',
    `Upload the reply as a Word document (.docx) or a PDF; this file is ${what}.`,
  );

export const fileTooLarge = () =>
  new OriginalRejected(
    413,
    'FILE_TOO_LARGE',
    'This file is larger than 10 MB, the most an original can be. Make it smaller (for example, compress its pictures) and upload it again.',
  );

export const suspiciousArchive = () =>
  new OriginalRejected(
    413,
    'SUSPICIOUS_ARCHIVE',
    'This Word document expands to far more data than its size suggests, so it cannot be read safely. Save it again from Word, or upload it as a PDF.',
  );

export const damagedFile = () => unsupportedFile('damaged or incomplete and cannot be read');
