import { LANGUAGE_NAMES } from '../modules/compilation/model/formulas/common';
import type { DemoOutcome } from './demo';

const list = (items: string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** What the demonstration added, and how to sign in, as `npm run demo` prints it. */
export function demoSummary(outcome: DemoOutcome, url: string): string[] {
  const { report, current } = outcome;
  const names = (languages: DemoOutcome['report']['published']) => list(languages.map((l) => LANGUAGE_NAMES.en[l]));
  const lines = [
    'Demonstration added:',
    report.published.length
      ? `- ${report.symbol}: its ${report.replies} replies accepted, the report published in ${names(report.published)}: ${url}/reports`
      : `- ${report.symbol}: its ${report.replies} replies accepted; the report is not published (see below).`,
  ];
  for (const { language, missing } of report.held) {
    lines.push(`  Not published in ${LANGUAGE_NAMES.en[language]}: the checks find missing ${list(missing)}.`);
  }
  lines.push(
    `- ${current.symbol} in progress: ${current.invited} States and organizations invited, ${current.drafts} drafts, ${current.submitted} replies submitted (${current.overLimit} over the limit awaiting a decision), ${current.returned} returned with a comment, ${current.accepted} accepted.`,
    'Demo accounts (their passwords are shown only now):',
  );
  for (const account of outcome.accounts) {
    lines.push(`  ${account.label.padEnd(24)} ${account.email.padEnd(32)} ${account.password}`);
  }
  return lines;
}
