import {
  CHINESE_CHARACTERS_PER_WORD,
  chineseNumber,
  englishOrdinal,
  formatLongDate,
  type TCycle,
  type TEntityType,
} from '@replies/shared';

/** The languages the note verbale and letters are written in; mail to others carries the English text. */
export const LETTER_LANGUAGES = ['en', 'zh'] as const;
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number];
export type LetterKind = 'INVITATION' | 'REMINDER';

export interface LetterInput {
  cycle: TCycle;
  entity: { code: string; type: TEntityType; nameEn: string; nameZh: string | null; formalEn: string | null };
  channel: 'NOTE_VERBALE' | 'LETTER';
  kind: LetterKind;
  portalUrl: string;
}

export interface Letter {
  subject: string;
  body: string;
}

const replyAddress = (input: LetterInput) => `${input.portalUrl}/cycles/${input.cycle.slug}`;

/** English names in running text keep UNTERM's article: "Netherlands (the)" → "the Netherlands". */
export function runningName(shortName: string): string {
  const match = shortName.match(/^(.*) \((the)\)$/);
  return match ? `${match[2]} ${match[1]}` : shortName;
}

/**
 * The note verbale to a State or the letter to an organization, generated from the cycle, in
 * English or Chinese. Plain text: it goes into mail and is shown as text, never as HTML.
 */
export function requestLetter(input: LetterInput, language: LetterLanguage): Letter {
  return language === 'zh' ? chineseLetter(input) : englishLetter(input);
}

function englishLetter(input: LetterInput): Letter {
  const { cycle, entity } = input;
  const title = cycle.title.en ?? '';
  const isState = entity.type === 'STATE';
  const name = runningName(entity.nameEn);
  const sender = isState ? `the Government of ${name}` : `the ${entity.nameEn}`;
  const deadline = formatLongDate(cycle.cutoffOn, 'en');
  const session = englishOrdinal(cycle.session);
  const subject = `${input.kind === 'REMINDER' ? 'Reminder: ' : ''}Request for views under General Assembly resolution ${cycle.resolution} (${cycle.symbol})`;
  const opening = isState
    ? `The Secretary-General of the United Nations presents his compliments to the Permanent Representative of ${name} to the United Nations and has the honour to refer to General Assembly resolution ${cycle.resolution}, entitled "${title}".`
    : `On behalf of the Secretary-General of the United Nations, I have the honour to refer to General Assembly resolution ${cycle.resolution}, entitled "${title}".`;
  const paragraphs = [
    input.kind === 'REMINDER'
      ? `This is a reminder of the request sent on ${formatLongDate(isState ? cycle.noteVerbaleOn : cycle.orgLettersOn[0], 'en')}: no reply from ${sender} has been received yet.`
      : null,
    opening,
    cycle.mandate.en ?? null,
    `In this regard, the Secretary-General would be grateful to receive the views of ${sender} on the subject, for inclusion in his report to the General Assembly at its ${session} session. Replies should reach the Secretariat no later than ${deadline}.`,
    !isState && cycle.newInformationOnly
      ? 'Organizations that reported on the subject in the previous cycle are invited to provide only new information that they have not submitted before.'
      : null,
    `Replies should not exceed ${cycle.replyWordLimit.toLocaleString('en')} words. A longer reply should be accompanied by an executive summary of no more than ${cycle.summaryWordLimit.toLocaleString('en')} words for inclusion in the report; the full text will be published on the web.`,
    `Replies can be written, uploaded and submitted in any of the six official languages through the portal: ${replyAddress(input)}`,
  ];
  return { subject, body: paragraphs.filter(Boolean).join('\n\n') };
}

function chineseLetter(input: LetterInput): Letter {
  const { cycle, entity } = input;
  const title = cycle.title.zh ?? cycle.title.en ?? '';
  const isState = entity.type === 'STATE';
  const name = entity.nameZh ?? entity.nameEn;
  const sender = isState ? `${name}政府` : name;
  const deadline = formatLongDate(cycle.cutoffOn, 'zh');
  const subject = `${input.kind === 'REMINDER' ? '催复：' : ''}根据大会第${cycle.resolution}号决议征求意见（${cycle.symbol}）`;
  const opening = isState
    ? `联合国秘书长向${name}常驻联合国代表致意，并谨提及大会题为“${title}”的第${cycle.resolution}号决议。`
    : `谨代表联合国秘书长提及大会题为“${title}”的第${cycle.resolution}号决议。`;
  const paragraphs = [
    input.kind === 'REMINDER'
      ? `谨提醒：${formatLongDate(isState ? cycle.noteVerbaleOn : cycle.orgLettersOn[0], 'zh')}发出的请求尚未收到${sender}的答复。`
      : null,
    opening,
    cycle.mandate.zh ?? null,
    `为此，秘书长请${sender}就这一问题提出看法，以便列入秘书长提交大会第${chineseNumber(cycle.session)}届会议的报告。答复请于${deadline}前送达秘书处。`,
    !isState && cycle.newInformationOnly ? '上一周期已就该问题提交报告的组织，请仅提交以前未提交的新资料。' : null,
    `答复篇幅不超过${cycle.replyWordLimit}个英文词（中文约${Math.round(cycle.replyWordLimit * CHINESE_CHARACTERS_PER_WORD)}字）。篇幅超过此限的答复，请附上不超过${cycle.summaryWordLimit}个英文词的执行摘要以便列入报告；答复全文将在网站上登载。`,
    `可通过门户网站以六种正式语文中的任何一种撰写、上传和提交答复：${replyAddress(input)}`,
  ];
  return { subject, body: paragraphs.filter(Boolean).join('\n\n') };
}
