import { formatLongDate, spanishOrdinal, type TOrgan } from '@replies/shared';
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

const date = (d: string) => formatLongDate(d, 'es');

const ORGANS: Record<TOrgan, { name: string; subject: string; pronoun: string }> = {
  GENERAL_ASSEMBLY: { name: 'Asamblea General', subject: 'la Asamblea General', pronoun: 'le' },
  SECURITY_COUNCIL: { name: 'Consejo de Seguridad', subject: 'el Consejo de Seguridad', pronoun: 'le' },
  ECONOMIC_AND_SOCIAL_COUNCIL: {
    name: 'Consejo Económico y Social',
    subject: 'el Consejo Económico y Social',
    pronoun: 'le',
  },
  HUMAN_RIGHTS_COUNCIL: {
    name: 'Consejo de Derechos Humanos',
    subject: 'el Consejo de Derechos Humanos',
    pronoun: 'le',
  },
};

const WORDS = ['', 'una', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'];

const FEMININE_HEAD = /^(Oficina|Entidad|Comisión|División|Secretaría|Organización|Dependencia|Misión|Sección)\b/;

/** "de la Oficina de Asuntos de Desarme", "del Departamento de Asuntos Económicos y Sociales". */
export function spanishOfOffice(name: string): string {
  return FEMININE_HEAD.test(name) ? `de la ${name}` : `del ${name}`;
}

/**
 * "Sexagésimo quinto período de sesiones" for the Assembly; other bodies write numbers past ten in
 * figures ("28º período de sesiones" of the Human Rights Council, UN Parallel Corpus); "período de
 * sesiones de 2024" for the Economic and Social Council.
 */
function sessionName(organ: TOrgan, session: number): string {
  if (organ === 'ECONOMIC_AND_SOCIAL_COUNCIL') return `período de sesiones de ${session}`;
  if (organ === 'GENERAL_ASSEMBLY' || session <= 10) return `${spanishOrdinal(session)} período de sesiones`;
  return `${session}º período de sesiones`;
}

export const spanish: Formulas = {
  organ: (organ) => (organ === 'HUMAN_RIGHTS_COUNCIL' ? 'Asamblea General' : ORGANS[organ].name),
  body: (organ) => (organ === 'HUMAN_RIGHTS_COUNCIL' ? 'Consejo de Derechos Humanos' : null),
  distribution: 'Distr. general',
  issuedOn: date,
  versionLanguage: 'Español',
  originalLanguage: (language) => `Original: ${LANGUAGE_NAMES.es[language]}`,
  session: (organ, session) => (organ === 'SECURITY_COUNCIL' ? null : capitalize(sessionName(organ, session))),
  sessionDates: (from, to) => {
    switch (dateSpan(from, to)) {
      case 'day':
        return date(from);
      case 'month':
        return `${dayOf(from)} a ${date(to)}`;
      case 'year':
        return `${date(from).replace(/ de \d{4}$/, '')} a ${date(to)}`;
      case 'none':
        return `${date(from)} a ${date(to)}`;
    }
  },
  agenda: (agenda) => {
    const { number, letters } = parseAgendaItem(agenda.item);
    const item = letters ? `${number} ${letters})` : number;
    if (agenda.kind === 'ADOPTED') return `Tema ${item} del programa`;
    return `Tema ${item} ${agenda.kind === 'PROVISIONAL' ? 'del programa provisional' : 'de la lista preliminar'}*`;
  },
  agendaFootnote: (symbol) => `* ${symbol}.`,
  subtitle: 'Informe del Secretario General',
  sectionNumbers: ['I', 'II', 'III', 'IV'],
  subsectionLetters: ['A', 'B'],
  headings: {
    introduction: 'Introducción',
    states: 'Respuestas recibidas de los gobiernos',
    organizations: 'Información recibida de organizaciones internacionales',
    unSystem: 'Sistema de las Naciones Unidas',
    other: 'Otras organizaciones internacionales',
    addendumIntroduction: 'Introducción',
    observations: 'Observaciones',
  },
  original: (language) => `[Original: ${LANGUAGE_NAMES.es[language]}]`,
  received: (d) => `[${date(d)}]`,
  list: (items) => joinWith(items, ', ', ' y '),
  dateList: (dates) => westernDateList(dates, 'es', ' y '),
  date,
  defaultMandate: ({ organ, resolution, title, session }) => {
    const { subject, pronoun } = ORGANS[organ];
    const entitled = title && organ !== 'SECURITY_COUNCIL' ? `, titulada "${title}",` : ',';
    const report =
      session === null || organ === 'SECURITY_COUNCIL'
        ? `${pronoun} informara al respecto`
        : `${pronoun} presentara un informe en su ${sessionName(organ, session)}`;
    return `En su resolución ${resolution}${entitled} ${subject} solicitó al Secretario General que recabara las opiniones de los Estados Miembros sobre la cuestión y ${report}.`;
  },
  mandateClosing: 'El presente informe se presenta en cumplimiento de esa solicitud.',
  defaultRequest: 'a presentar información sobre la cuestión',
  requests: (noteVerbaleOn, lettersOn, request) =>
    spaced([
      `En atención a esa solicitud, el ${date(noteVerbaleOn)} se envió una nota verbal a los Estados Miembros para invitarlos ${request}.`,
      lettersOn.length > 0 &&
        `${lettersOn.length > 1 ? 'Los días' : 'El'} ${spanish.dateList(lettersOn)} se enviaron cartas a las organizaciones internacionales pertinentes, incluidos los órganos y organismos competentes del sistema de las Naciones Unidas, para invitarlas ${request}.`,
    ]),
  newInformationOnly: (year) =>
    `Se invitó a las organizaciones que habían informado sobre sus actividades ${year ? `en ${year}` : 'en el ciclo anterior'} a que presentaran únicamente información nueva.`,
  receivedAsAt: (cutoff, states, organizations, sections) =>
    spaced([
      states.length === 1 &&
        `Al ${date(cutoff)}, se había recibido una respuesta de ${states[0]}. La respuesta, o su resumen, se reproduce en la sección ${sections.states} del presente informe.`,
      states.length > 1 &&
        `Al ${date(cutoff)}, se habían recibido respuestas de ${spanish.list(states)}. Las respuestas, o sus resúmenes, se reproducen en la sección ${sections.states} del presente informe.`,
      states.length === 0 && `Al ${date(cutoff)}, no se habían recibido respuestas de los Estados Miembros.`,
      organizations === 1 &&
        `También se recibió una respuesta de una organización internacional, cuya información, o su resumen, se reproduce en la sección ${sections.organizations}.`,
      organizations > 1 &&
        `También se recibieron respuestas de ${countInWords(organizations, WORDS)} organizaciones internacionales, cuya información, o su resumen, se reproduce en la sección ${sections.organizations}.`,
    ]),
  addenda: 'Las respuestas que se reciban posteriormente se publicarán como adiciones al presente informe.',
  addendumIntro: (symbol, cutoff) =>
    `La presente adición al informe del Secretario General (${symbol}) contiene las respuestas recibidas después del ${date(cutoff)}.`,
  footnote: (sender, url, office) =>
    `El texto completo de la información proporcionada por ${sender} puede consultarse en el sitio web ${spanishOfOffice(office)} (${url}). Se proporcionó un resumen para su inclusión en el presente informe.`,
  lengthSentence: (sender, url, office) =>
    `De conformidad con las resoluciones de la Asamblea General sobre el control y la limitación de la documentación y las directrices del Secretario General sobre los informes redactados o editados por la Secretaría, la respuesta recibida ${sender.startsWith('el ') ? `del ${sender.slice(3)}` : `de ${sender}`} no se reproduce aquí porque excede la extensión aceptable. El texto completo de la respuesta puede consultarse en el sitio web ${spanishOfOffice(office)} (${url}).`,
  missingTranslation: () => '[La traducción al español de esta respuesta aún no está disponible.]',
  missingSection: () => '[El texto en español de esta sección aún no está disponible.]',
  sentences: spaced,
};
