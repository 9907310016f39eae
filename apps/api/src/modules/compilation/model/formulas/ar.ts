import { arabicOrdinal, formatLongDate, type TOrgan } from '@replies/shared';
import { arabicLetters, dateSpan, dayOf, LANGUAGE_NAMES, parseAgendaItem, spaced } from './common';
import type { Formulas } from './types';

const date = (d: string) => formatLongDate(d, 'ar');

const ORGANS: Record<TOrgan, { name: string; asked: string; to: string; its: string }> = {
  GENERAL_ASSEMBLY: { name: 'الجمعية العامة', asked: 'طلبت', to: 'إليها', its: 'قرارها' },
  SECURITY_COUNCIL: { name: 'مجلس الأمن', asked: 'طلب', to: 'إليه', its: 'قراره' },
  ECONOMIC_AND_SOCIAL_COUNCIL: { name: 'المجلس الاقتصادي والاجتماعي', asked: 'طلب', to: 'إليه', its: 'قراره' },
  HUMAN_RIGHTS_COUNCIL: { name: 'مجلس حقوق الإنسان', asked: 'طلب', to: 'إليه', its: 'قراره' },
};

/**
 * UN Arabic joins every item of a list with «و» attached to the next word, without commas:
 * «إريتريا وأفغانستان وبالاو».
 */
export function arabicList(items: string[]): string {
  return items.map((item, index) => (index === 0 ? item : `و${item}`)).join(' ');
}

/** «من منظمة دولية واحدة», «من منظمتين دوليتين», «من ثلاث منظمات دولية», «من 14 منظمة دولية». */
function fromOrganizations(n: number): string {
  if (n === 1) return 'من منظمة دولية واحدة';
  if (n === 2) return 'من منظمتين دوليتين';
  const words = ['', '', '', 'ثلاث', 'أربع', 'خمس', 'ست', 'سبع', 'ثماني', 'تسع'];
  if (n < 10) return `من ${words[n]} منظمات دولية`;
  const rest = n % 100;
  return `من ${n} ${rest >= 3 && rest <= 10 ? 'منظمات دولية' : 'منظمة دولية'}`;
}

/** «لمكتب شؤون نزع السلاح», «للمكتب …»: the preposition لـ joined to the office's name. */
export function arabicOfOffice(name: string): string {
  return name.startsWith('ال') ? `لل${name.slice(2)}` : `ل${name}`;
}

/** «الدورة الخامسة والستون» (nominative) or «دورتها الخامسة والستين»; «دورة عام 2024». */
const sessionLine = (organ: TOrgan, session: number) =>
  organ === 'ECONOMIC_AND_SOCIAL_COUNCIL' ? `دورة عام ${session}` : `الدورة ${arabicOrdinal(session, 'nominative')}`;

export const arabic: Formulas = {
  organ: (organ) => (organ === 'HUMAN_RIGHTS_COUNCIL' ? 'الجمعية العامة' : ORGANS[organ].name),
  body: (organ) => (organ === 'HUMAN_RIGHTS_COUNCIL' ? 'مجلس حقوق الإنسان' : null),
  // Arabic UN documents print the distribution block in English (A/RES/56/24: "Distr.: General 10 January 2002").
  distribution: 'Distr.: General',
  issuedOn: (d) => formatLongDate(d, 'en'),
  versionLanguage: 'Arabic',
  originalLanguage: (language) => `Original: ${LANGUAGE_NAMES.en[language]}`,
  session: (organ, session) => (organ === 'SECURITY_COUNCIL' ? null : sessionLine(organ, session)),
  sessionDates: (from, to) => {
    switch (dateSpan(from, to)) {
      case 'day':
        return date(from);
      case 'month':
        return `${dayOf(from)}-${date(to)}`;
      case 'year':
        return `${date(from).replace(/ \d{4}$/, '')} - ${date(to)}`;
      case 'none':
        return `${date(from)} - ${date(to)}`;
    }
  },
  agenda: (agenda) => {
    const { number, letters } = parseAgendaItem(agenda.item);
    const item = letters ? `${number} (${arabicLetters(letters)})` : number;
    if (agenda.kind === 'ADOPTED') return `البند ${item} من جدول الأعمال`;
    return `البند ${item} ${agenda.kind === 'PROVISIONAL' ? 'من جدول الأعمال المؤقت' : 'من القائمة الأولية'}*`;
  },
  agendaFootnote: (symbol) => `* ${symbol}.`,
  subtitle: 'تقرير الأمين العام',
  sectionNumbers: ['أولا', 'ثانيا', 'ثالثا', 'رابعا'],
  subsectionLetters: ['ألف', 'باء'],
  headings: {
    introduction: 'مقدمة',
    states: 'الردود الواردة من الحكومات',
    organizations: 'المعلومات الواردة من المنظمات الدولية',
    unSystem: 'منظومة الأمم المتحدة',
    other: 'المنظمات الدولية الأخرى',
    addendumIntroduction: 'مقدمة',
    observations: 'الملاحظات',
  },
  original: (language) => `[الأصل: ${LANGUAGE_NAMES.ar[language]}]`,
  received: (d) => `[${date(d)}]`,
  list: arabicList,
  dateList: (dates) => {
    const sorted = [...dates].sort();
    if (sorted.length > 1 && sorted.every((d) => d.slice(0, 7) === sorted[0].slice(0, 7)))
      return `${arabicList(sorted.map((d) => String(dayOf(d))))} ${date(sorted[0]).replace(/^\S+ /, '')}`;
    return arabicList(sorted.map(date));
  },
  date,
  defaultMandate: ({ organ, resolution, title, session }) => {
    const { name, asked, to, its } = ORGANS[organ];
    const entitled = title && organ !== 'SECURITY_COUNCIL' ? ` المعنون "${title}"` : '';
    const report =
      session === null || organ === 'SECURITY_COUNCIL'
        ? `أن يقدم ${to} تقريرا`
        : organ === 'ECONOMIC_AND_SOCIAL_COUNCIL'
          ? `أن يقدم ${to} تقريرا في دورته لعام ${session}`
          : `أن يقدم ${to} تقريرا في ${organ === 'GENERAL_ASSEMBLY' ? 'دورتها' : 'دورته'} ${arabicOrdinal(session, 'genitive')}`;
    return `${asked} ${name}، في ${its} ${resolution}${entitled}، إلى الأمين العام أن يلتمس آراء الدول الأعضاء بشأن هذه المسألة و${report}.`;
  },
  mandateClosing: 'ويقدم هذا التقرير عملا بذلك الطلب.',
  defaultRequest: 'إلى تقديم معلومات بشأن هذا الموضوع',
  requests: (noteVerbaleOn, lettersOn, request) =>
    spaced([
      `وعملا بذلك الطلب، وُجهت في ${date(noteVerbaleOn)} مذكرة شفوية إلى الدول الأعضاء تدعوها ${request}.`,
      lettersOn.length > 0 &&
        `ووُجهت في ${arabic.dateList(lettersOn)} رسائل إلى المنظمات الدولية المعنية، بما فيها الهيئات والوكالات المعنية في منظومة الأمم المتحدة، تدعوها ${request}.`,
    ]),
  newInformationOnly: (year) =>
    `ودُعيت المنظمات التي قدمت تقارير عن أنشطتها ذات الصلة ${year ? `في عام ${year}` : 'في الدورة السابقة'} إلى ألا تقدم إلا المعلومات الجديدة.`,
  receivedAsAt: (cutoff, states, organizations, sections) =>
    spaced([
      states.length === 1 &&
        `وحتى ${date(cutoff)}، ورد رد من ${states[0]}. ويرد الرد، أو موجزه، في الفرع ${sections.states} من هذا التقرير.`,
      states.length > 1 &&
        `وحتى ${date(cutoff)}، وردت ردود من ${arabicList(states)}. وترد الردود، أو موجزاتها، في الفرع ${sections.states} من هذا التقرير.`,
      states.length === 0 && `وحتى ${date(cutoff)}، لم ترد أي ردود من الدول الأعضاء.`,
      organizations === 1 &&
        `وورد أيضا رد ${fromOrganizations(organizations)}، وترد المعلومات المقدمة منها، أو موجزها، في الفرع ${sections.organizations}.`,
      organizations === 2 &&
        `ووردت أيضا ردود ${fromOrganizations(organizations)}، وترد المعلومات المقدمة منهما، أو موجزاتها، في الفرع ${sections.organizations}.`,
      organizations > 2 &&
        `ووردت أيضا ردود ${fromOrganizations(organizations)}، وترد المعلومات المقدمة منها، أو موجزاتها، في الفرع ${sections.organizations}.`,
    ]),
  addenda: 'وستصدر أي ردود إضافية ترد في شكل إضافات لهذا التقرير.',
  addendumIntro: (symbol, cutoff) =>
    `تتضمن هذه الإضافة لتقرير الأمين العام (${symbol}) الردود الواردة بعد ${date(cutoff)}.`,
  footnote: (sender, url, office) =>
    `النص الكامل للمعلومات المقدمة من ${sender} متاح على الموقع الشبكي ${arabicOfOffice(office)} (${url}). وقُدم موجز لإدراجه في هذا التقرير.`,
  lengthSentence: (sender, url, office) =>
    `تمشيا مع قرارات الجمعية العامة بشأن مراقبة الوثائق والحد منها ومع المبادئ التوجيهية للأمين العام بشأن التقارير التي تصوغها و/أو تحررها الأمانة العامة، لم يُستنسخ هنا الرد الوارد من ${sender}، لأنه يتجاوز الطول المقبول. والنص الكامل للرد متاح على الموقع الشبكي ${arabicOfOffice(office)} (${url}).`,
  missingTranslation: () => '[الترجمة العربية لهذا الرد غير متاحة بعد.]',
  missingSection: () => '[النص العربي لهذا الفرع غير متاح بعد.]',
  sentences: spaced,
};
