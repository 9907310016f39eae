// Path separators, control characters (C0, DEL, C1) and characters Windows refuses in names.
const UNSAFE = /[\\/\u0000-\u001f\u007f-\u009f"<>|*?:]/gu;
// Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and marks, which
// can make "evil\u202Excod.exe" read as "evilexe.docx"; and lone surrogates (in a /u pattern, a
// surrogate range matches only an unpaired one).
const INVISIBLE = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ud800-\udfff]/gu;
const MAX_LENGTH = 180;

/**
 * A file name safe to store, to show and to send back in Content-Disposition: the last part of the
 * path the browser sent, without control characters or direction overrides, in Unicode NFC, at most
 * 180 characters (never cutting a character in two), with the extension of what the file really is.
 */
export function cleanFileName(name: string, extension: string): string {
  const last = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const visible = last
    .slice(0, 4 * MAX_LENGTH)
    .replace(INVISIBLE, '')
    .normalize('NFC')
    .replace(UNSAFE, '');
  const stem = stripExtension(Array.from(visible.trim()).slice(0, MAX_LENGTH).join('').trim());
  return `${stem || 'original'}.${extension}`;
}

function stripExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot >= 0 ? name.slice(0, dot).trimEnd() : name;
}
