import { englishOrdinal, formatLongDate, type TOrgan } from '@replies/shared';
import {
  capitalize,
  countInWords,
  dateSpan,
  dayOf,
  joinWith,
  LANGUAGE_NAMES,
  parseAgendaItem,
  spaced,
  westernDateList,
} from './common';
import type { Formulas } from './types';

const ORGANS: Record<TOrgan, { name: string; short: string }> = {
  GENERAL_ASSEMBLY: { name: 'General Assembly', short: 'Assembly' },
  SECURITY_COUNCIL: { name: 'Security Council', short: 'Council' },
  ECONOMIC_AND_SOCIAL_COUNCIL: { name: 'Economic and Social Council', short: 'Council' },
  HUMAN_RIGHTS_COUNCIL: { name: 'Human Rights Council', short: 'Council' },
};

const WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** "at its sixty-fifth session", "at its 2024 session". */
const atSession = (organ: TOrgan, session: number) =>
  organ === 'ECONOMIC_AND_SOCIAL_COUNCIL' ? `at its ${session} session` : `at its ${englishOrdinal(session)} session`;

const date = (d: string) => formatLongDate(d, 'en');

export const english: Formulas = {
  organ: (organ) => (organ === 'HUMAN_RIGHTS_COUNCIL' ? 'General Assembly' : ORGANS[organ].name),
  body: (organ) => (organ === 'HUMAN_RIGHTS_COUNCIL' ? 'Human Rights Council' : null),
  distribution: 'Distr.: General',
  issuedOn: date,
  versionLanguage: 'English',
  originalLanguage: (language) => `Original: ${LANGUAGE_NAMES.en[language]}`,
  session: (organ, session) => {
    if (organ === 'SECURITY_COUNCIL') return null;
    if (organ === 'ECONOMIC_AND_SOCIAL_COUNCIL') return `${session} session`;
    return `${capitalize(englishOrdinal(session))} session`;
  },
  sessionDates: (from, to) => {
    switch (dateSpan(from, to)) {
      case 'day':
        return date(from);
      case 'month':
        return `${dayOf(from)}–${date(to)}`;
      case 'year':
        return `${date(from).replace(/ \d{4}$/, '')}–${date(to)}`;
      case 'none':
        return `${date(from)}–${date(to)}`;
    }
  },
  agenda: (agenda) => {
    const { number, letters } = parseAgendaItem(agenda.item);
    const item = letters ? `${number} (${letters})` : number;
    if (agenda.kind === 'ADOPTED') return `Agenda item ${item}`;
    return `Item ${item} of the ${agenda.kind === 'PROVISIONAL' ? 'provisional agenda' : 'preliminary list'}*`;
  },
  agendaFootnote: (symbol) => `* ${symbol}.`,
  subtitle: 'Report of the Secretary-General',
  sectionNumbers: ['I', 'II', 'III', 'IV'],
  subsectionLetters: ['A', 'B'],
  headings: {
    introduction: 'Introduction',
    states: 'Replies received from Governments',
    organizations: 'Information received from international organizations',
    unSystem: 'United Nations system',
    other: 'Other international organizations',
    addendumIntroduction: 'Introduction',
    observations: 'Observations',
  },
  original: (language) => `[Original: ${LANGUAGE_NAMES.en[language]}]`,
  received: (d) => `[${date(d)}]`,
  list: (items) => joinWith(items, ', ', ' and '),
  dateList: (dates) => westernDateList(dates, 'en', ' and '),
  date,
  defaultMandate: ({ organ, resolution, title, session }) => {
    const { name, short } = ORGANS[organ];
    const entitled = title && organ !== 'SECURITY_COUNCIL' ? `, entitled "${title}",` : ',';
    const report =
      session === null || organ === 'SECURITY_COUNCIL'
        ? `to report to the ${short}`
        : `to submit a report to the ${short} ${atSession(organ, session)}`;
    return `In its resolution ${resolution}${entitled} the ${name} requested the Secretary-General to seek the views of Member States on the subject and ${report}.`;
  },
  mandateClosing: 'The present report is submitted pursuant to that request.',
  defaultRequest: 'to provide information on the subject',
  requests: (noteVerbaleOn, lettersOn, request) =>
    spaced([
      `Pursuant to that request, on ${date(noteVerbaleOn)}, a note verbale was sent to Member States inviting them ${request}.`,
      lettersOn.length > 0 &&
        `On ${english.dateList(lettersOn)}, letters were sent to relevant international organizations, including the relevant organs and agencies of the United Nations system, inviting them ${request}.`,
    ]),
  newInformationOnly: (year) =>
    `Organizations that had reported on their relevant activities ${year ? `in ${year}` : 'in the previous reporting cycle'} were invited to submit only new information not previously provided.`,
  receivedAsAt: (cutoff, states, organizations, sections) =>
    spaced([
      states.length === 1 &&
        `As at ${date(cutoff)}, a reply had been received from ${states[0]}. The reply, or its executive summary, is reproduced in section ${sections.states} of the present report.`,
      states.length > 1 &&
        `As at ${date(cutoff)}, replies had been received from ${english.list(states)}. The replies, or their executive summaries, are reproduced in section ${sections.states} of the present report.`,
      states.length === 0 && `As at ${date(cutoff)}, no replies had been received from Member States.`,
      organizations === 1 &&
        `A reply was also received from one international organization, and its information, or its executive summary, is reproduced in section ${sections.organizations}.`,
      organizations > 1 &&
        `Replies were also received from ${countInWords(organizations, WORDS)} international organizations, and their information, or its executive summary, is reproduced in section ${sections.organizations}.`,
    ]),
  addenda: 'Any additional replies received will be issued as addenda to the present report.',
  addendumIntro: (symbol, cutoff) =>
    `The present addendum to the report of the Secretary-General (${symbol}) contains the replies received after ${date(cutoff)}.`,
  footnote: (sender, url, office) =>
    `The full text of the information provided by ${sender} is available on the website of the ${office} (${url}). An executive summary was provided for inclusion in the present report.`,
  lengthSentence: (sender, url, office) =>
    `In keeping with the General Assembly resolutions on the control and limitation of documentation and the guidelines of the Secretary-General on reports drafted and/or edited by the Secretariat, the reply received from ${sender} has not been reproduced here, as it exceeds the acceptable length. The full text of the reply is available on the website of the ${office} (${url}).`,
  missingTranslation: (language) =>
    `[The ${LANGUAGE_NAMES.en[language]} translation of this reply is not yet available.]`,
  missingSection: (language) => `[The ${LANGUAGE_NAMES.en[language]} text of this section is not yet available.]`,
  sentences: spaced,
};
