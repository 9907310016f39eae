import type { TLanguage } from '@replies/shared';

/**
 * A mail as blocks, rendered once as plain text and once as HTML, so both parts say the same thing.
 * Every text here may come from a user (names, comments, replies): the HTML renderer escapes all of it,
 * and only addresses built by the portal become links.
 */
export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'link'; url: string; label?: string }
  | { kind: 'facts'; rows: [label: string, value: string][] }
  | { kind: 'quote'; title?: string; text: string; lang?: string }
  | { kind: 'list'; items: { text: string; url?: string }[] };

export interface MailMessage {
  language: TLanguage;
  subject: string;
  blocks: Block[];
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const RIGHT_TO_LEFT = new Set<TLanguage>(['ar']);

/** Line breaks and control characters never reach a header: a name or a title cannot add headers. */
export function headerSafe(value: string): string {
  return value
    .replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim()
    .slice(0, 400);
}

export function renderMail(message: MailMessage): RenderedMail {
  return { subject: headerSafe(message.subject), text: renderText(message), html: renderHtml(message) };
}

export function renderText(message: MailMessage): string {
  const parts = message.blocks.map((block) => {
    switch (block.kind) {
      case 'paragraph':
        return block.text;
      case 'link':
        return block.label ? `${block.label}\n${block.url}` : block.url;
      case 'facts':
        return block.rows.map(([label, value]) => `${label}: ${value}`).join('\n');
      case 'quote':
        return block.title
          ? `${block.title}\n${'-'.repeat(Math.min(60, Math.max(10, block.title.length)))}\n${block.text}`
          : block.text;
      case 'list':
        return block.items.map((item) => `- ${item.text}${item.url ? `\n  ${item.url}` : ''}`).join('\n');
    }
  });
  return `${parts.join('\n\n')}\n`;
}

const escapeHtml = (value: string) =>
  value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** Paragraphs of a user's text: blank lines separate them, single line breaks are kept. */
const textParagraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .filter((p) => p.trim())
    .map((p) => `<p style="margin:0 0 0.8em">${escapeHtml(p.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('\n');

const link = (url: string, label?: string) =>
  `<a href="${escapeHtml(url)}" style="color:#0b5ea8">${escapeHtml(label ?? url)}</a>`;

export function renderHtml(message: MailMessage): string {
  const dir = RIGHT_TO_LEFT.has(message.language) ? 'rtl' : 'ltr';
  const body = message.blocks
    .map((block) => {
      switch (block.kind) {
        case 'paragraph':
          return textParagraphs(block.text);
        case 'link':
          return `<p style="margin:0 0 1em">${block.label ? `${escapeHtml(block.label)}<br>` : ''}${link(block.url)}</p>`;
        case 'facts':
          return `<table role="presentation" style="border-collapse:collapse;margin:0 0 1em">${block.rows
            .map(
              ([label, value]) =>
                `<tr><th scope="row" style="text-align:start;padding:2px 12px 2px 0;font-weight:600">${escapeHtml(label)}</th><td style="padding:2px 0">${escapeHtml(value)}</td></tr>`,
            )
            .join('')}</table>`;
        case 'quote':
          return `${block.title ? `<h2 style="font-size:1em;margin:1.2em 0 0.4em">${escapeHtml(block.title)}</h2>` : ''}<div${
            block.lang ? ` lang="${escapeHtml(block.lang)}"` : ''
          } style="border-inline-start:3px solid #ccc;padding-inline-start:12px">${textParagraphs(block.text)}</div>`;
        case 'list':
          return `<ul style="margin:0 0 1em;padding-inline-start:1.4em">${block.items
            .map((item) => `<li>${escapeHtml(item.text)}${item.url ? `<br>${link(item.url)}` : ''}</li>`)
            .join('')}</ul>`;
      }
    })
    .join('\n');
  return `<!doctype html>
<html lang="${message.language}" dir="${dir}">
<head><meta charset="utf-8"><title>${escapeHtml(headerSafe(message.subject))}</title></head>
<body style="font-family:'Segoe UI',Arial,'Noto Sans','Noto Sans CJK SC','Noto Naskh Arabic',sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a">
${body}
</body>
</html>
`;
}
