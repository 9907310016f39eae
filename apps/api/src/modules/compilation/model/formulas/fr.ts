import { formatLongDate, frenchOrdinal, type TOrgan } from '@replies/shared';
import {
  capitalize,
  countInWords,
  dateSpan,
  joinWith,
  LANGUAGE_NAMES,
  parseAgendaItem,
  spaced,
  westernDateList,
} from './common';
import type { Formulas } from './types';

const date = (d: string) => formatLongDate(d, 'fr');

const ORGANS: Record<TOrgan, { name: string; subject: string; pronoun: string }> = {
  GENERAL_ASSEMBLY: { name: 'Assemblée générale', subject: "l'Assemblée générale", pronoun: 'lui' },
  SECURITY_COUNCIL: { name: 'Conseil de sécurité', subject: 'le Conseil de sécurité', pronoun: 'lui' },
  ECONOMIC_AND_SOCIAL_COUNCIL: {
    name: 'Conseil économique et social',
    subject: 'le Conseil économique et social',
    pronoun: 'lui',
  },
  HUMAN_RIGHTS_COUNCIL: {
    name: "Conseil des droits de l'homme",
    subject: "le Conseil des droits de l'homme",
    pronoun: 'lui',
  },
};

const WORDS = ['', 'une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'];

// The gender of the head nouns of office names, for "du Bureau", "de la Commission", "de l'Office".
const FEMININE_HEADS = new Set(['Commission', 'Division', 'Section', 'Organisation', 'Conférence', 'Mission', 'Unité']);

/** "du Bureau des affaires de désarmement", "du Haut-Commissariat…", "de l'Office…", "de l'Entité…". */
export function frenchOfOffice(name: string): string {
  const head = name.split(/[\s-]/)[0];
  if (/^Haut/.test(name)) return `du ${name}`;
  if (/^[aeiouyàâéèêëîïôûüœh]/i.test(name)) return `de l'${name}`;
  return FEMININE_HEADS.has(head) ? `de la ${name}` : `du ${name}`;
}

const sessionName = (organ: TOrgan, session: number) =>
  organ === 'ECONOMIC_AND_SOCIAL_COUNCIL' ? `session de ${session}` : `${frenchOrdinal(session)} session`;

const inviting = (request: string) => `pour les inviter ${request}`;

export const french: Formulas = {
  organ: (organ) => (organ === 'HUMAN_RIGHTS_COUNCIL' ? 'Assemblée générale' : ORGANS[organ].name),
  body: (organ) => (organ === 'HUMAN_RIGHTS_COUNCIL' ? "Conseil des droits de l'homme" : null),
  distribution: 'Distr. générale',
  issuedOn: date,
  versionLanguage: 'Français',
  originalLanguage: (language) => `Original : ${LANGUAGE_NAMES.fr[language]}`,
  session: (organ, session) => (organ === 'SECURITY_COUNCIL' ? null : capitalize(sessionName(organ, session))),
  sessionDates: (from, to) => {
    switch (dateSpan(from, to)) {
      case 'day':
        return date(from);
      case 'month':
        return `${date(from).split(' ')[0]}-${date(to)}`;
      case 'year':
        return `${date(from).replace(/ \d{4}$/, '')}-${date(to)}`;
      case 'none':
        return `${date(from)}-${date(to)}`;
    }
  },
  agenda: (agenda) => {
    const { number, letters } = parseAgendaItem(agenda.item);
    const item = letters ? `${number} ${letters})` : number;
    if (agenda.kind === 'ADOPTED') return `Point ${item} de l'ordre du jour`;
    return `Point ${item} ${agenda.kind === 'PROVISIONAL' ? "de l'ordre du jour provisoire" : 'de la liste préliminaire'}*`;
  },
  agendaFootnote: (symbol) => `* ${symbol}.`,
  subtitle: 'Rapport du Secrétaire général',
  sectionNumbers: ['I', 'II', 'III', 'IV'],
  subsectionLetters: ['A', 'B'],
  headings: {
    introduction: 'Introduction',
    states: 'Réponses reçues des gouvernements',
    organizations: 'Informations reçues des organisations internationales',
    unSystem: 'Organismes des Nations Unies',
    other: 'Autres organisations internationales',
    addendumIntroduction: 'Introduction',
    observations: 'Observations',
  },
  original: (language) => `[Original : ${LANGUAGE_NAMES.fr[language]}]`,
  received: (d) => `[${date(d)}]`,
  list: (items) => joinWith(items, ', ', ' et '),
  dateList: (dates) => westernDateList(dates, 'fr', ' et '),
  date,
  defaultMandate: ({ organ, resolution, title, session }) => {
    const { subject, pronoun } = ORGANS[organ];
    const entitled = title && organ !== 'SECURITY_COUNCIL' ? `, intitulée « ${title} »,` : ',';
    const report =
      session === null || organ === 'SECURITY_COUNCIL'
        ? `de ${pronoun} faire rapport`
        : `de ${pronoun} présenter un rapport à sa ${sessionName(organ, session)}`;
    return `Dans sa résolution ${resolution}${entitled} ${subject} a prié le Secrétaire général de solliciter les vues des États Membres sur la question et ${report}.`;
  },
  mandateClosing: 'Le présent rapport est soumis en application de cette demande.',
  defaultRequest: 'à communiquer des informations sur la question',
  requests: (noteVerbaleOn, lettersOn, request) =>
    spaced([
      `Comme suite à cette demande, le ${date(noteVerbaleOn)}, une note verbale a été adressée aux États Membres ${inviting(request)}.`,
      lettersOn.length > 0 &&
        `${lettersOn.length > 1 ? 'Les' : 'Le'} ${french.dateList(lettersOn)}, des lettres ont été adressées aux organisations internationales concernées, y compris les organes et organismes compétents des Nations Unies, ${inviting(request)}.`,
    ]),
  newInformationOnly: (year) =>
    `Les organisations qui avaient fait rapport sur leurs activités ${year ? `en ${year}` : 'lors du cycle précédent'} ont été invitées à ne communiquer que des informations nouvelles.`,
  receivedAsAt: (cutoff, states, organizations, sections) =>
    spaced([
      states.length === 1 &&
        `Au ${date(cutoff)}, une réponse avait été reçue de l'État suivant : ${states[0]}. La réponse, ou son résumé, est reproduite à la section ${sections.states} du présent rapport.`,
      states.length > 1 &&
        `Au ${date(cutoff)}, des réponses avaient été reçues des États suivants : ${french.list(states)}. Les réponses, ou leurs résumés, sont reproduites à la section ${sections.states} du présent rapport.`,
      states.length === 0 && `Au ${date(cutoff)}, aucune réponse n'avait été reçue des États Membres.`,
      organizations === 1 &&
        `Une réponse a également été reçue d'une organisation internationale ; les informations communiquées, ou leur résumé, sont reproduites à la section ${sections.organizations}.`,
      organizations > 1 &&
        `Des réponses ont également été reçues de ${countInWords(organizations, WORDS)} organisations internationales ; les informations communiquées, ou leurs résumés, sont reproduites à la section ${sections.organizations}.`,
    ]),
  addenda: 'Toute réponse reçue ultérieurement sera publiée sous forme d’additif au présent rapport.',
  addendumIntro: (symbol, cutoff) =>
    `Le présent additif au rapport du Secrétaire général (${symbol}) contient les réponses reçues après le ${date(cutoff)}.`,
  footnote: (sender, url, office) =>
    `Le texte intégral des informations communiquées par ${sender} peut être consulté sur le site Web ${frenchOfOffice(office)} (${url}). Un résumé a été fourni aux fins du présent rapport.`,
  lengthSentence: (sender, url, office) =>
    `Conformément aux résolutions de l'Assemblée générale relatives au contrôle et à la limitation de la documentation et aux directives du Secrétaire général concernant les rapports établis ou édités par le Secrétariat, la réponse reçue ${sender.startsWith('le ') ? `du ${sender.slice(3)}` : `de ${sender}`} n'a pas été reproduite ici, car elle dépasse la longueur acceptable. Le texte intégral de la réponse peut être consulté sur le site Web ${frenchOfOffice(office)} (${url}).`,
  missingTranslation: () => "[La traduction française de cette réponse n'est pas encore disponible.]",
  missingSection: () => "[Le texte français de cette section n'est pas encore disponible.]",
  sentences: spaced,
};
