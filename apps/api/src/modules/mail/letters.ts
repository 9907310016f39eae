import {
  CHINESE_CHARACTERS_PER_WORD,
  chineseNumber,
  englishOrdinal,
  formatLongDate,
  type TCycle,
  type TEntityType,
  type TOrgan,
} from '@replies/shared';
import { FORMULAS } from '../compilation/model/formulas';

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

const ORGAN_NAMES: Record<TOrgan, { en: string; zh: string }> = {
  GENERAL_ASSEMBLY: { en: 'General Assembly', zh: '大会' },
  SECURITY_COUNCIL: { en: 'Security Council', zh: '安全理事会' },
  ECONOMIC_AND_SOCIAL_COUNCIL: { en: 'Economic and Social Council', zh: '经济及社会理事会' },
  HUMAN_RIGHTS_COUNCIL: { en: 'Human Rights Council', zh: '人权理事会' },
};

/** The report's session as the letters name it: "at its sixty-fifth session", "第六十五届会议"; none for the Security Council. */
function sessionPhrase(cycle: TCycle, language: LetterLanguage): string {
  if (cycle.session === null || cycle.organ === 'SECURITY_COUNCIL') return '';
  if (cycle.organ === 'ECONOMIC_AND_SOCIAL_COUNCIL')
    return language === 'zh' ? ` ${cycle.session} 年届会` : ` at its ${cycle.session} session`;
  return language === 'zh'
    ? `第${chineseNumber(cycle.session)}届会议`
    : ` at its ${englishOrdinal(cycle.session)} session`;
}

/**
 * The mandate as the report prints it: the cycle's paragraph in this language, or the one generated
 * from the resolution, title and organ, so the letter and the report say the same.
 */
function mandateParagraph(cycle: TCycle, language: LetterLanguage, title: string): string {
  return (
    cycle.mandate[language]?.trim() ||
    FORMULAS[language].defaultMandate({
      organ: cycle.organ,
      resolution: cycle.resolution,
      title,
      session: cycle.session,
    })
  );
}

/** What the letter asks, in the cycle's own words: "to provide information on the subject". */
const requestWording = (cycle: TCycle, language: LetterLanguage) =>
  cycle.request[language]?.trim() || FORMULAS[language].defaultRequest;

/** The office that publishes the full texts, in the letter's language. */
const officeName = (cycle: TCycle, language: LetterLanguage) =>
  cycle.office ? cycle.office.names[language]?.trim() || cycle.office.names.en : null;

/**
 * The note verbale to a State or the letter to an organization, generated from the cycle, in
 * English or Chinese, with the same mandate and request wording as the report, and the cycle's office.
 * Plain text: it goes into mail and is shown as text, never as HTML.
 */
export function requestLetter(input: LetterInput, language: LetterLanguage): Letter {
  return language === 'zh' ? chineseLetter(input) : englishLetter(input);
}

function englishLetter(input: LetterInput): Letter {
  const { cycle, entity } = input;
  const title = cycle.title.en || cycle.title[cycle.reportLanguage] || '';
  const organ = ORGAN_NAMES[cycle.organ].en;
  const isState = entity.type === 'STATE';
  const name = runningName(entity.nameEn);
  const sender = isState ? `the Government of ${name}` : `the ${entity.nameEn}`;
  const deadline = formatLongDate(cycle.cutoffOn, 'en');
  const office = officeName(cycle, 'en');
  const resolution =
    cycle.organ === 'SECURITY_COUNCIL'
      ? `${organ} resolution ${cycle.resolution}`
      : `${organ} resolution ${cycle.resolution}, entitled "${title}"`;
  const subject = `${input.kind === 'REMINDER' ? 'Reminder: ' : ''}Request for views under ${organ} resolution ${cycle.resolution} (${cycle.symbol})`;
  const opening = isState
    ? `The Secretary-General of the United Nations presents his compliments to the Permanent Representative of ${name} to the United Nations and has the honour to refer to ${resolution}.`
    : `On behalf of the Secretary-General of the United Nations, I have the honour to refer to ${resolution}.`;
  const paragraphs = [
    input.kind === 'REMINDER'
      ? `This is a reminder of the request sent on ${formatLongDate(isState || !cycle.orgLettersOn.length ? cycle.noteVerbaleOn : cycle.orgLettersOn[0], 'en')}: no reply from ${sender} has been received yet.`
      : null,
    opening,
    mandateParagraph(cycle, 'en', title),
    `In this regard, the Secretary-General invites ${sender} ${requestWording(cycle, 'en')}, for inclusion in his report to the ${organ}${sessionPhrase(cycle, 'en')}. Replies should reach the Secretariat no later than ${deadline}.`,
    !isState && cycle.newInformationOnly
      ? 'Organizations that reported on the subject in the previous cycle are invited to provide only new information that they have not submitted before.'
      : null,
    `Replies should not exceed ${cycle.replyWordLimit.toLocaleString('en')} words. A longer reply should be accompanied by an executive summary of no more than ${cycle.summaryWordLimit.toLocaleString('en')} words for inclusion in the report; the full text will be published on the ${office ? `website of the ${office}` : 'web'}.`,
    `Replies can be written, uploaded and submitted in any of the six official languages through the portal: ${replyAddress(input)}`,
  ];
  return { subject, body: paragraphs.filter(Boolean).join('\n\n') };
}

function chineseLetter(input: LetterInput): Letter {
  const { cycle, entity } = input;
  const title = cycle.title.zh || cycle.title[cycle.reportLanguage] || '';
  const organ = ORGAN_NAMES[cycle.organ].zh;
  const isState = entity.type === 'STATE';
  const name = entity.nameZh ?? entity.nameEn;
  const sender = isState ? `${name}政府` : name;
  const deadline = formatLongDate(cycle.cutoffOn, 'zh');
  const office = officeName(cycle, 'zh');
  const resolution =
    cycle.organ === 'SECURITY_COUNCIL'
      ? `${organ}第${cycle.resolution.replace(' (', '(')}号决议`
      : `${organ}题为“${title}”的第${cycle.resolution}号决议`;
  const subject = `${input.kind === 'REMINDER' ? '催复：' : ''}根据${organ}第${cycle.resolution.replace(' (', '(')}号决议征求意见（${cycle.symbol}）`;
  const opening = isState
    ? `联合国秘书长向${name}常驻联合国代表致意，并谨提及${resolution}。`
    : `谨代表联合国秘书长提及${resolution}。`;
  const paragraphs = [
    input.kind === 'REMINDER'
      ? `谨提醒：${formatLongDate(isState || !cycle.orgLettersOn.length ? cycle.noteVerbaleOn : cycle.orgLettersOn[0], 'zh')}发出的请求尚未收到${sender}的答复。`
      : null,
    opening,
    mandateParagraph(cycle, 'zh', title),
    `为此，秘书长请${sender}${requestWording(cycle, 'zh')}，以便列入秘书长提交${organ}${sessionPhrase(cycle, 'zh')}的报告。答复请于${deadline}前送达秘书处。`,
    !isState && cycle.newInformationOnly ? '上一周期已就该问题提交报告的组织，请仅提交以前未提交的新资料。' : null,
    `答复篇幅不超过${cycle.replyWordLimit}个英文词（中文约${Math.round(cycle.replyWordLimit * CHINESE_CHARACTERS_PER_WORD)}字）。篇幅超过此限的答复，请附上不超过${cycle.summaryWordLimit}个英文词的执行摘要以便列入报告；答复全文将在${office ? `${office}网站` : '网站'}上登载。`,
    `可通过门户网站以六种正式语文中的任何一种撰写、上传和提交答复：${replyAddress(input)}`,
  ];
  return { subject, body: paragraphs.filter(Boolean).join('\n\n') };
}
