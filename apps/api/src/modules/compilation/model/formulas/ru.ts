import { formatLongDate, russianOrdinal, type TOrgan } from '@replies/shared';
import {
  capitalize,
  dateSpan,
  dayOf,
  joinWith,
  LANGUAGE_NAMES,
  parseAgendaItem,
  spaced,
  westernDateList,
} from './common';
import type { Formulas } from './types';

const date = (d: string) => formatLongDate(d, 'ru');

const ORGANS: Record<TOrgan, { name: string; asked: string; to: string }> = {
  GENERAL_ASSEMBLY: { name: 'Генеральная Ассамблея', asked: 'просила', to: 'ей' },
  SECURITY_COUNCIL: { name: 'Совет Безопасности', asked: 'просил', to: 'ему' },
  ECONOMIC_AND_SOCIAL_COUNCIL: { name: 'Экономический и Социальный Совет', asked: 'просил', to: 'ему' },
  HUMAN_RIGHTS_COUNCIL: { name: 'Совет по правам человека', asked: 'просил', to: 'ему' },
};

// After «от»: «от одной международной организации», «от двух международных организаций».
const GENITIVE_WORDS = ['', 'одной', 'двух', 'трех', 'четырех', 'пяти', 'шести', 'семи', 'восьми', 'девяти'];

/** «от одной международной организации», «от пяти международных организаций», «от 21 международной организации». */
function fromOrganizations(n: number): string {
  const singular = n % 10 === 1 && n % 100 !== 11;
  const number = n < 10 ? GENITIVE_WORDS[n] : String(n);
  return `от ${number} ${singular ? 'международной организации' : 'международных организаций'}`;
}

// The genitive of the head noun of an office's name: «веб-сайт Управления по вопросам разоружения».
const GENITIVE_HEADS: Record<string, string> = {
  Управление: 'Управления',
  Департамент: 'Департамента',
  Структура: 'Структуры',
  Канцелярия: 'Канцелярии',
  Отдел: 'Отдела',
  Секретариат: 'Секретариата',
  Бюро: 'Бюро',
  Программа: 'Программы',
  Фонд: 'Фонда',
  Центр: 'Центра',
  Комиссия: 'Комиссии',
  Служба: 'Службы',
};

export function russianGenitiveOfOffice(name: string): string {
  const [head, ...rest] = name.split(' ');
  const genitive =
    GENITIVE_HEADS[head] ??
    (head.endsWith('ие')
      ? `${head.slice(0, -2)}ия`
      : head.endsWith('ия')
        ? `${head.slice(0, -2)}ии`
        : head.endsWith('а')
          ? `${head.slice(0, -1)}ы`
          : /[бвгджзклмнпрстфхцчшщ]$/.test(head)
            ? `${head}а`
            : head);
  return [genitive, ...rest].join(' ');
}

/** «Шестьдесят пятая сессия», «сессия 2024 года». */
const sessionName = (organ: TOrgan, session: number, grammaticalCase: 'nominative' | 'prepositional') =>
  organ === 'ECONOMIC_AND_SOCIAL_COUNCIL'
    ? `${grammaticalCase === 'nominative' ? 'сессия' : 'сессии'} ${session} года`
    : `${russianOrdinal(session, grammaticalCase)} ${grammaticalCase === 'nominative' ? 'сессия' : 'сессии'}`;

export const russian: Formulas = {
  organ: (organ) => (organ === 'HUMAN_RIGHTS_COUNCIL' ? 'Генеральная Ассамблея' : ORGANS[organ].name),
  body: (organ) => (organ === 'HUMAN_RIGHTS_COUNCIL' ? 'Совет по правам человека' : null),
  // Russian UN documents print the distribution block in English (A/69/972: "Distr.: General", "Russian", "Original: English").
  distribution: 'Distr.: General',
  issuedOn: (d) => formatLongDate(d, 'en'),
  versionLanguage: 'Russian',
  originalLanguage: (language) => `Original: ${LANGUAGE_NAMES.en[language]}`,
  session: (organ, session) =>
    organ === 'SECURITY_COUNCIL' ? null : capitalize(sessionName(organ, session, 'nominative')),
  sessionDates: (from, to) => {
    switch (dateSpan(from, to)) {
      case 'day':
        return date(from);
      case 'month':
        return `${dayOf(from)}–${date(to)}`;
      case 'year':
        return `${date(from).replace(/ \d{4} года$/, '')} — ${date(to)}`;
      case 'none':
        return `${date(from)} — ${date(to)}`;
    }
  },
  agenda: (agenda) => {
    const { number, letters } = parseAgendaItem(agenda.item);
    const item = letters ? `${number}(${letters})` : number;
    if (agenda.kind === 'ADOPTED') return `Пункт ${item} повестки дня`;
    return `Пункт ${item} ${agenda.kind === 'PROVISIONAL' ? 'предварительной повестки дня' : 'первоначального перечня'}*`;
  },
  agendaFootnote: (symbol) => `* ${symbol}.`,
  subtitle: 'Доклад Генерального секретаря',
  sectionNumbers: ['I', 'II', 'III', 'IV'],
  subsectionLetters: ['A', 'B'],
  headings: {
    introduction: 'Введение',
    states: 'Ответы, полученные от правительств',
    organizations: 'Информация, полученная от международных организаций',
    unSystem: 'Система Организации Объединенных Наций',
    other: 'Другие международные организации',
    addendumIntroduction: 'Введение',
    observations: 'Замечания',
  },
  original: (language) => `[Подлинный текст на ${LANGUAGE_NAMES.ru[language]} языке]`,
  received: (d) => `[${date(d)}]`,
  list: (items) => joinWith(items, ', ', ' и '),
  dateList: (dates) => westernDateList(dates, 'ru', ' и '),
  date,
  defaultMandate: ({ organ, resolution, title, session }) => {
    const { name, asked, to } = ORGANS[organ];
    const entitled = title && organ !== 'SECURITY_COUNCIL' ? `, озаглавленной «${title}»,` : '';
    const report =
      session === null || organ === 'SECURITY_COUNCIL'
        ? `представить ${to} доклад`
        : `представить ${to} доклад на ${organ === 'GENERAL_ASSEMBLY' ? 'ее' : 'его'} ${sessionName(organ, session, 'prepositional')}`;
    return `В своей резолюции ${resolution}${entitled} ${name} ${asked} Генерального секретаря запросить мнения государств-членов по этому вопросу и ${report}.`;
  },
  mandateClosing: 'Настоящий доклад представляется во исполнение этой просьбы.',
  defaultRequest: 'представить информацию по этому вопросу',
  requests: (noteVerbaleOn, lettersOn, request) =>
    spaced([
      `Во исполнение этой просьбы ${date(noteVerbaleOn)} государствам-членам была направлена вербальная нота с предложением ${request}.`,
      lettersOn.length > 0 &&
        `${capitalize(russian.dateList(lettersOn))} соответствующим международным организациям, включая соответствующие органы и учреждения системы Организации Объединенных Наций, были направлены письма с предложением ${request}.`,
    ]),
  newInformationOnly: (year) =>
    `Организациям, которые сообщали о своей соответствующей деятельности ${year ? `в ${year} году` : 'в предыдущем цикле'}, было предложено представить только новую информацию.`,
  receivedAsAt: (cutoff, states, organizations, sections) =>
    spaced([
      states.length === 1 &&
        `По состоянию на ${date(cutoff)} был получен ответ от следующего государства: ${states[0]}. Ответ или его резюме воспроизводится в разделе ${sections.states} настоящего доклада.`,
      states.length > 1 &&
        `По состоянию на ${date(cutoff)} были получены ответы от следующих государств: ${russian.list(states)}. Ответы или их резюме воспроизводятся в разделе ${sections.states} настоящего доклада.`,
      states.length === 0 && `По состоянию на ${date(cutoff)} ответов от государств-членов получено не было.`,
      organizations === 1 &&
        `Ответ был также получен ${fromOrganizations(organizations)}; представленная ею информация или ее резюме воспроизводятся в разделе ${sections.organizations}.`,
      organizations > 1 &&
        `Ответы были также получены ${fromOrganizations(organizations)}; представленная ими информация или ее резюме воспроизводятся в разделе ${sections.organizations}.`,
    ]),
  addenda: 'Любые дополнительные ответы будут изданы в виде добавлений к настоящему докладу.',
  addendumIntro: (symbol, cutoff) =>
    `В настоящем добавлении к докладу Генерального секретаря (${symbol}) содержатся ответы, полученные после ${date(cutoff)}.`,
  footnote: (sender, url, office) =>
    `С полным текстом информации (отправитель: ${sender}) можно ознакомиться на веб-сайте ${russianGenitiveOfOffice(office)} (${url}). Для включения в настоящий доклад было представлено резюме.`,
  lengthSentence: (sender, url, office) =>
    `В соответствии с резолюциями Генеральной Ассамблеи о контроле и ограничении объема документации и руководящими принципами Генерального секретаря в отношении докладов, подготавливаемых и/или редактируемых Секретариатом, ответ (отправитель: ${sender}) здесь не воспроизводится, поскольку он превышает допустимый объем. С полным текстом ответа можно ознакомиться на веб-сайте ${russianGenitiveOfOffice(office)} (${url}).`,
  missingTranslation: () => '[Перевод этого ответа на русский язык пока отсутствует.]',
  missingSection: () => '[Текст этого раздела на русском языке пока отсутствует.]',
  sentences: spaced,
};
