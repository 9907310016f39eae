import { LANGUAGES, type TLanguage } from '@replies/shared';
import { escapeHtml } from '../../compilation/render/html';
import { LANGUAGE_SELF_NAMES } from '../../publishing/pages/public-i18n';
import { SIGN_IN_TEXT, type SignInText } from './sign-in-text';

/** A field of the sign-in forms: its element id and the words that name it. */
export const SIGN_IN_FIELDS = {
  email: { id: 'login-email', label: 'email' },
  password: { id: 'login-password', label: 'password' },
  code: { id: 'login-code', label: 'code' },
} as const satisfies Record<string, { id: string; label: keyof SignInText }>;
export type SignInField = keyof typeof SIGN_IN_FIELDS;

/** A problem to show: on a field (beside it and in the summary), or on the whole form (summary only). */
export interface SignInProblem {
  field?: SignInField;
  message: string;
}

interface PageInput {
  language: TLanguage;
  /** Where to go once signed in (a path of the portal); kept through both steps. */
  next: string | null;
  /** The web app's stylesheets, so the page looks like the rest of the portal. */
  stylesheets: readonly string[];
  problems?: readonly SignInProblem[];
  /** A polite notice above the form: the session that ended. */
  notice?: string;
}

export interface PasswordStepInput extends PageInput {
  email?: string;
}

const attributes = (values: Record<string, string | true | undefined>) =>
  Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value as string)}"`))
    .join('');

const withNext = (path: string, next: string | null) => (next ? `${path}?next=${encodeURIComponent(next)}` : path);

function field(
  t: SignInText,
  name: SignInField,
  problems: readonly SignInProblem[],
  input: Record<string, string | true | undefined>,
  hint?: string,
): string {
  const { id, label } = SIGN_IN_FIELDS[name];
  const error = problems.find((problem) => problem.field === name)?.message;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return `<div class="field${error ? ' field--invalid' : ''}">
<label for="${id}"><span class="field__label-text">${escapeHtml(t[label])}</span></label>
${hint ? `<p class="field__hint" id="${hintId}">${escapeHtml(hint)}</p>` : ''}
<input${attributes({ id, name, ...input, 'aria-describedby': describedBy, 'aria-invalid': error ? 'true' : undefined })}>
${error ? `<p class="field__error" id="${errorId}">${escapeHtml(error)}</p>` : ''}
</div>`;
}

/** "There is a problem", each problem a link to its field; focused on arrival (GOV.UK pattern). */
function errorSummary(t: SignInText, problems: readonly SignInProblem[]): string {
  if (problems.length === 0) return '';
  const items = problems.map(({ field: name, message }) => {
    if (!name) return `<li>${escapeHtml(message)}</li>`;
    const { id, label } = SIGN_IN_FIELDS[name];
    const text = t.errorSummaryEntry.replace('{{label}}', t[label]).replace('{{message}}', message);
    return `<li><a href="#${id}">${escapeHtml(text)}</a></li>`;
  });
  return `<div class="error-summary" role="alert" tabindex="-1" autofocus aria-labelledby="error-summary-title" data-error-summary>
<h2 id="error-summary-title" class="error-summary__title">${escapeHtml(t.errorSummaryTitle)}</h2>
<ul class="error-summary__list">${items.join('')}</ul>
</div>`;
}

function languageLinks(language: TLanguage, t: SignInText, path: string, next: string | null): string {
  const links = LANGUAGES.map((code) => {
    const name = LANGUAGE_SELF_NAMES[code];
    if (code === language) return `<li><span aria-current="true" lang="${code}">${name}</span></li>`;
    const href = `${withNext(path, next)}${next ? '&' : '?'}lang=${code}`;
    return `<li><a href="${escapeHtml(href)}" lang="${code}" hreflang="${code}">${name}</a></li>`;
  });
  return `<nav class="language-links" aria-label="${escapeHtml(t.language)}"><ul>${links.join('')}</ul></nav>`;
}

function page(input: PageInput, path: string, title: string, form: string): string {
  const { language, stylesheets, problems = [], notice, next } = input;
  const t = SIGN_IN_TEXT[language];
  const styles = stylesheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('');
  const documentTitle = problems.length ? `${t.errorSummaryTitle}: ${title}` : title;
  return `<!doctype html>
<html lang="${language}" dir="${language === 'ar' ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<meta name="robots" content="noindex">
<meta name="referrer" content="same-origin">
<link rel="icon" href="data:,">
<title>${escapeHtml(t.pageTitle.replace('{{page}}', documentTitle))}</title>
${styles}
</head>
<body>
<div class="app app--signed-out">
<a class="skip-link" href="#main">${escapeHtml(t.skipToContent)}</a>
<header class="site-header"><p class="brand">${escapeHtml(t.name)}</p><div class="site-header__tools">${languageLinks(language, t, path, next)}</div></header>
<main id="main" tabindex="-1" class="login"><div class="card login__card">
<h1 id="login-title" tabindex="-1" class="page-heading">${escapeHtml(t.title)}</h1>
<p class="status-message${notice ? ' status-message--visible' : ''}" role="status">${notice ? escapeHtml(notice) : ''}</p>
${errorSummary(t, problems)}
${form}
</div></main>
</div>
</body>
</html>`;
}

const hiddenNext = (next: string | null) =>
  next ? `<input type="hidden" name="next" value="${escapeHtml(next)}">` : '';

/** The first step: e-mail and password. Works without any script. */
export function passwordStepPage(input: PasswordStepInput): string {
  const t = SIGN_IN_TEXT[input.language];
  const problems = input.problems ?? [];
  const form = `<form method="post" action="/login" novalidate aria-labelledby="login-title">
${hiddenNext(input.next)}
${field(t, 'email', problems, {
  type: 'email',
  dir: 'ltr',
  inputmode: 'email',
  spellcheck: 'false',
  autocomplete: 'username',
  required: true,
  value: input.email ?? '',
})}
${field(t, 'password', problems, { type: 'password', autocomplete: 'current-password', required: true })}
<div class="form__actions"><button type="submit" class="button button--primary">${escapeHtml(t.submit)}</button></div>
<p class="login__links"><a href="/reset-password">${escapeHtml(t.forgot)}</a></p>
</form>`;
  return page(input, '/login', t.submit, form);
}

/** The second step of an account with two-factor sign-in: the app's code or a recovery code. */
export function codeStepPage(input: PageInput): string {
  const t = SIGN_IN_TEXT[input.language];
  const problems = input.problems ?? [];
  const form = `<form method="post" action="/login/code" novalidate aria-labelledby="login-title">
${hiddenNext(input.next)}
<p>${escapeHtml(t.codeIntro)}</p>
${field(
  t,
  'code',
  problems,
  {
    type: 'text',
    inputmode: 'text',
    dir: 'ltr',
    spellcheck: 'false',
    autocomplete: 'one-time-code',
    required: true,
    autofocus: problems.length ? undefined : true,
  },
  t.codeHint,
)}
<div class="form__actions"><button type="submit" class="button button--primary">${escapeHtml(t.verify)}</button></div>
<p class="login__links"><a class="button button--quiet" href="${escapeHtml(withNext('/login', input.next))}">${escapeHtml(t.restart)}</a></p>
</form>`;
  return page(input, '/login/code', t.verify, form);
}
