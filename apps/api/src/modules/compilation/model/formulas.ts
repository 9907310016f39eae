import {
  chineseNumber,
  englishOrdinal,
  formatLongDate,
  frenchOrdinal,
  spanishOrdinal,
  type TIsoDate,
  type TLanguage,
} from '@replies/shared';

/**
 * The fixed wording of the report in each official language. English and Chinese follow A/65/99
 * and its sibling reports exactly; the others follow the same documents' usual formulas.
 */
export interface Formulas {
  organ: string;
  subtitle: string;
  session(n: number): string;
  agendaItem(item: string): string;
  sectionNumbers: [string, string, string];
  subsectionLetters: [string, string];
  headings: {
    introduction: string;
    states: string;
    organizations: string;
    unSystem: string;
    other: string;
    addendumIntroduction: string;
  };
  original(language: TLanguage): string;
  received(date: TIsoDate): string;
  /** Joins a list: "A, B and C", "甲、乙和丙". */
  list(items: string[]): string;
  dateList(dates: TIsoDate[]): string;
  date(date: TIsoDate): string;
  mandate(resolution: string, title: string, mandate: string | null, session: number): string;
  requests(noteVerbaleOn: TIsoDate, lettersOn: TIsoDate[]): string;
  newInformationOnly(previousYear: string | null): string;
  /** `sections`: the numbers of the States' and the organizations' sections as this report numbers them. */
  received_as_at(
    cutoff: TIsoDate,
    states: string[],
    organizations: number,
    sections: { states: string; organizations: string },
  ): string;
  addenda: string;
  addendumIntro(symbol: string, cutoff: TIsoDate): string;
  footnote(sender: string, url: string): string;
  lengthSentence(sender: string, url: string): string;
  missingTranslation(language: TLanguage): string;
}

const LANGUAGE_NAMES: Record<TLanguage, Record<TLanguage, string>> = {
  en: { ar: 'Arabic', zh: 'Chinese', en: 'English', fr: 'French', ru: 'Russian', es: 'Spanish' },
  zh: { ar: '阿拉伯文', zh: '中文', en: '英文', fr: '法文', ru: '俄文', es: '西班牙文' },
  fr: { ar: 'arabe', zh: 'chinois', en: 'anglais', fr: 'français', ru: 'russe', es: 'espagnol' },
  es: { ar: 'árabe', zh: 'chino', en: 'inglés', fr: 'francés', ru: 'ruso', es: 'español' },
  ru: { ar: 'арабском', zh: 'китайском', en: 'английском', fr: 'французском', ru: 'русском', es: 'испанском' },
  ar: { ar: 'بالعربية', zh: 'بالصينية', en: 'بالإنكليزية', fr: 'بالفرنسية', ru: 'بالروسية', es: 'بالإسبانية' },
};

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function joinWith(items: string[], separator: string, last: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(separator)}${last}${items.at(-1)}`;
}

/** "17 and 18 February 2010", "30 January and 2 February 2010": the shared month and year said once. */
function westernDateList(dates: TIsoDate[], language: 'en' | 'fr' | 'es' | 'ru' | 'ar', and: string): string {
  const sorted = [...dates].sort();
  const sameMonth = sorted.every((d) => d.slice(0, 7) === sorted[0].slice(0, 7));
  if (sorted.length > 1 && sameMonth) {
    const days = sorted.map((d) => {
      const day = Number(d.slice(8));
      return language === 'fr' && day === 1 ? '1er' : String(day);
    });
    const full = formatLongDate(sorted.at(-1)!, language);
    const rest = full.replace(/^\S+/, '');
    return `${joinWith(days, ', ', and)}${rest}`;
  }
  return joinWith(
    sorted.map((d) => formatLongDate(d, language)),
    ', ',
    and,
  );
}

const SPACED = { spaced: true } as const;

const english: Formulas = {
  organ: 'General Assembly',
  subtitle: 'Report of the Secretary-General',
  session: (n) => `${capitalize(englishOrdinal(n))} session`,
  agendaItem: (item) => `Agenda item ${item}`,
  sectionNumbers: ['I', 'II', 'III'],
  subsectionLetters: ['A', 'B'],
  headings: {
    introduction: 'Introduction',
    states: 'Replies received from Governments',
    organizations: 'Information received from international organizations',
    unSystem: 'United Nations system',
    other: 'Other international organizations',
    addendumIntroduction: 'Introduction',
  },
  original: (language) => `[Original: ${LANGUAGE_NAMES.en[language]}]`,
  received: (date) => `[${formatLongDate(date, 'en')}]`,
  list: (items) => joinWith(items, ', ', ' and '),
  dateList: (dates) => westernDateList(dates, 'en', ' and '),
  date: (date) => formatLongDate(date, 'en'),
  mandate: (resolution, title, mandate, session) =>
    `In its resolution ${resolution}, entitled "${title}", the General Assembly ${
      mandate ??
      `requested the Secretary-General to seek the views of Member States on the subject and to submit a report to the Assembly at its ${englishOrdinal(session)} session`
    }${mandate?.trim().endsWith('.') ? '' : '.'} The present report is submitted pursuant to that request.`,
  requests: (noteVerbaleOn, lettersOn) =>
    `Pursuant to that request, on ${english.date(noteVerbaleOn)}, a note verbale was sent to Member States inviting them to provide information on the subject. On ${english.dateList(lettersOn)}, letters were sent to relevant international organizations, including the relevant organs and agencies of the United Nations system, inviting them to provide an executive summary of their reports for inclusion in the report of the Secretary-General; at the request of the organization concerned, the full text would be posted on the website of the Office for Disarmament Affairs.`,
  newInformationOnly: (year) =>
    `Organizations that had reported on their relevant activities ${year ? `in ${year}` : 'in the previous reporting cycle'} were invited to submit only new information not previously provided.`,
  received_as_at: (cutoff, states, organizations, sections) =>
    [
      states.length
        ? `As at ${english.date(cutoff)}, replies had been received from ${english.list(states)}. The replies, or their executive summaries, are reproduced in section ${sections.states} of the present report.`
        : `As at ${english.date(cutoff)}, no replies had been received from Member States.`,
      organizations
        ? `Replies were also received from ${organizations} international organization${organizations === 1 ? '' : 's'}, and their information, or its executive summary, is reproduced in section ${sections.organizations}.`
        : '',
    ]
      .filter(Boolean)
      .join(' '),
  addenda: 'Any additional replies received will be issued as addenda to the present report.',
  addendumIntro: (symbol, cutoff) =>
    `The present addendum to the report of the Secretary-General (${symbol}) contains the replies received after ${english.date(cutoff)}.`,
  footnote: (sender, url) =>
    `The full text of the information provided by ${sender} is available on the website of the Office for Disarmament Affairs (${url}). An executive summary was provided for inclusion in the present report.`,
  lengthSentence: (sender, url) =>
    `In keeping with the General Assembly resolutions on the control and limitation of documentation and the guidelines of the Secretary-General on reports drafted and/or edited by the Secretariat, the reply received from ${sender} has not been reproduced here, as it exceeds the acceptable length. The full text of the reply is available on the website of the Office for Disarmament Affairs (${url}).`,
  missingTranslation: (language) =>
    `[The ${LANGUAGE_NAMES.en[language]} translation of this reply is not yet available.]`,
};

const chinese: Formulas = {
  organ: '大会',
  subtitle: '秘书长的报告',
  session: (n) => `第${chineseNumber(n)}届会议`,
  agendaItem: (item) => `议程项目 ${item}`,
  sectionNumbers: ['一', '二', '三'],
  subsectionLetters: ['A', 'B'],
  headings: {
    introduction: '导言',
    states: '从会员国收到的答复',
    organizations: '从国际组织收到的资料',
    unSystem: '联合国系统',
    other: '其他国际组织',
    addendumIntroduction: '导言',
  },
  original: (language) => `［原件：${LANGUAGE_NAMES.zh[language]}］`,
  received: (date) => `［${formatLongDate(date, 'zh', SPACED)}］`,
  list: (items) => joinWith(items, '、', '和'),
  dateList: (dates) => {
    const sorted = [...dates].sort();
    const sameMonth = sorted.every((d) => d.slice(0, 7) === sorted[0].slice(0, 7));
    if (sorted.length > 1 && sameMonth) {
      const [year, month] = sorted[0].split('-').map(Number);
      // Chinese typesetting spaces digits from Han characters, not from punctuation: "17 日和 18 日".
      return `${year} 年 ${month} 月 ${joinWith(
        sorted.map((d) => `${Number(d.slice(8))} 日`),
        '、',
        '和 ',
      )}`;
    }
    return joinWith(
      sorted.map((d) => formatLongDate(d, 'zh', SPACED)),
      '、',
      '和',
    );
  },
  date: (date) => formatLongDate(date, 'zh', SPACED),
  mandate: (resolution, title, mandate, session) =>
    `大会在其题为“${title}”的第 ${resolution} 号决议中，${
      mandate ?? `请秘书长就这一问题征求会员国的意见，并向大会第${chineseNumber(session)}届会议提出报告`
    }${/[。.]$/.test(mandate?.trim() ?? '') ? '' : '。'}本报告是按照这项请求提出的。`,
  requests: (noteVerbaleOn, lettersOn) =>
    `${chinese.date(noteVerbaleOn)}，秘书长发出普通照会，请会员国向秘书长通报已采取的措施，并就这个问题提出看法。${chinese.dateList(lettersOn)}，秘书长又致函有关国际组织，包括联合国各有关机关和机构，请它们提供其报告的执行摘要，以便列入秘书长的报告；如被邀请组织在报告作为联合国文件印发前提出要求，报告全文将在裁军事务厅网站上登载。`,
  newInformationOnly: (year) =>
    `秘书长邀请${year ? ` ${year} 年` : '上一报告周期'}已报告其有关活动的组织仅提交以前未提交的新资料。`,
  received_as_at: (cutoff, states, organizations, sections) =>
    [
      states.length
        ? `截至 ${chinese.date(cutoff)}，收到了${chinese.list(states)}等国的答复。答复的原件或摘要载于本报告第${sections.states}节。`
        : `截至 ${chinese.date(cutoff)}，尚未收到会员国的答复。`,
      organizations
        ? `还收到了 ${organizations} 个国际组织的答复，其摘要载于本报告第${sections.organizations}节。`
        : '',
    ].join(''),
  addenda: '此后收到的答复将作为本报告的增编印发。',
  addendumIntro: (symbol, cutoff) => `秘书长的报告(${symbol})的本增编载有 ${chinese.date(cutoff)}之后收到的答复。`,
  footnote: (sender, url) => `${sender}提供的资料全文可在裁军事务厅网站上查阅(${url})。提供了执行摘要列入本报告。`,
  lengthSentence: (sender, url) =>
    `为了遵守大会关于管制和限制秘书处编写的文件的各项决议和秘书长关于秘书处起草和(或)编辑的报告的各项准则，从${sender}收到的答复，因为超出能够接受的篇幅限制而没有在此印发。答复全文将载于裁军事务厅网站上(${url})。`,
  missingTranslation: () => '［本答复的中文译文尚未提供。］',
};

const french: Formulas = {
  organ: 'Assemblée générale',
  subtitle: 'Rapport du Secrétaire général',
  session: (n) => `${capitalize(frenchOrdinal(n))} session`,
  agendaItem: (item) => `Point ${item} de l'ordre du jour`,
  sectionNumbers: ['I', 'II', 'III'],
  subsectionLetters: ['A', 'B'],
  headings: {
    introduction: 'Introduction',
    states: 'Réponses reçues des gouvernements',
    organizations: 'Informations reçues des organisations internationales',
    unSystem: 'Organismes des Nations Unies',
    other: 'Autres organisations internationales',
    addendumIntroduction: 'Introduction',
  },
  original: (language) => `[Original : ${LANGUAGE_NAMES.fr[language]}]`,
  received: (date) => `[${formatLongDate(date, 'fr')}]`,
  list: (items) => joinWith(items, ', ', ' et '),
  dateList: (dates) => westernDateList(dates, 'fr', ' et '),
  date: (date) => formatLongDate(date, 'fr'),
  mandate: (resolution, title, mandate, session) =>
    `Dans sa résolution ${resolution}, intitulée « ${title} », l'Assemblée générale ${
      mandate ??
      `a prié le Secrétaire général de solliciter les vues des États Membres sur la question et de lui présenter un rapport à sa ${frenchOrdinal(session)} session`
    }${mandate?.trim().endsWith('.') ? '' : '.'} Le présent rapport est soumis en application de cette demande.`,
  requests: (noteVerbaleOn, lettersOn) =>
    `Comme suite à cette demande, le ${french.date(noteVerbaleOn)}, une note verbale a été adressée aux États Membres pour les inviter à communiquer des informations sur la question. ${lettersOn.length > 1 ? 'Les' : 'Le'} ${french.dateList(lettersOn)}, des lettres ont été adressées aux organisations internationales concernées, y compris les organes et organismes compétents des Nations Unies, pour les inviter à communiquer des informations sur la question.`,
  newInformationOnly: (year) =>
    `Les organisations qui avaient fait rapport sur leurs activités ${year ? `en ${year}` : 'lors du cycle précédent'} ont été invitées à ne communiquer que des informations nouvelles.`,
  received_as_at: (cutoff, states, organizations, sections) =>
    [
      states.length
        ? `Au ${french.date(cutoff)}, des réponses avaient été reçues des États suivants : ${french.list(states)}. Les réponses, ou leurs résumés, sont reproduites à la section ${sections.states} du présent rapport.`
        : `Au ${french.date(cutoff)}, aucune réponse n'avait été reçue des États Membres.`,
      organizations
        ? `Des réponses ont également été reçues ${organizations === 1 ? "d'une organisation internationale" : `de ${organizations} organisations internationales`} ; les informations communiquées, ou leurs résumés, sont reproduites à la section ${sections.organizations}.`
        : '',
    ]
      .filter(Boolean)
      .join(' '),
  addenda: 'Toute réponse reçue ultérieurement sera publiée sous forme d’additif au présent rapport.',
  addendumIntro: (symbol, cutoff) =>
    `Le présent additif au rapport du Secrétaire général (${symbol}) contient les réponses reçues après le ${french.date(cutoff)}.`,
  footnote: (sender, url) =>
    `Le texte intégral des informations communiquées par ${sender} peut être consulté sur le site Web du Bureau des affaires de désarmement (${url}). Un résumé a été fourni aux fins du présent rapport.`,
  lengthSentence: (sender, url) =>
    `Conformément aux résolutions de l'Assemblée générale relatives au contrôle et à la limitation de la documentation et aux directives du Secrétaire général concernant les rapports établis ou édités par le Secrétariat, la réponse reçue ${sender.startsWith('le ') ? `du ${sender.slice(3)}` : `de ${sender}`} n'a pas été reproduite ici, car elle dépasse la longueur acceptable. Le texte intégral de la réponse peut être consulté sur le site Web du Bureau des affaires de désarmement (${url}).`,
  missingTranslation: () => "[La traduction française de cette réponse n'est pas encore disponible.]",
};

const spanish: Formulas = {
  organ: 'Asamblea General',
  subtitle: 'Informe del Secretario General',
  session: (n) => `${capitalize(spanishOrdinal(n))} período de sesiones`,
  agendaItem: (item) => `Tema ${item} del programa`,
  sectionNumbers: ['I', 'II', 'III'],
  subsectionLetters: ['A', 'B'],
  headings: {
    introduction: 'Introducción',
    states: 'Respuestas recibidas de los Gobiernos',
    organizations: 'Información recibida de organizaciones internacionales',
    unSystem: 'Sistema de las Naciones Unidas',
    other: 'Otras organizaciones internacionales',
    addendumIntroduction: 'Introducción',
  },
  original: (language) => `[Original: ${LANGUAGE_NAMES.es[language]}]`,
  received: (date) => `[${formatLongDate(date, 'es')}]`,
  list: (items) => joinWith(items, ', ', ' y '),
  dateList: (dates) => westernDateList(dates, 'es', ' y '),
  date: (date) => formatLongDate(date, 'es'),
  mandate: (resolution, title, mandate, session) =>
    `En su resolución ${resolution}, titulada "${title}", la Asamblea General ${
      mandate ??
      `solicitó al Secretario General que recabara las opiniones de los Estados Miembros sobre la cuestión y le presentara un informe en su ${spanishOrdinal(session)} período de sesiones`
    }${mandate?.trim().endsWith('.') ? '' : '.'} El presente informe se presenta en cumplimiento de esa solicitud.`,
  requests: (noteVerbaleOn, lettersOn) =>
    `En atención a esa solicitud, el ${spanish.date(noteVerbaleOn)} se envió una nota verbal a los Estados Miembros para invitarlos a presentar información sobre la cuestión. ${lettersOn.length > 1 ? 'Los días' : 'El'} ${spanish.dateList(lettersOn)} se enviaron cartas a las organizaciones internacionales pertinentes, incluidos los órganos y organismos competentes del sistema de las Naciones Unidas, para invitarlas a presentar información sobre la cuestión.`,
  newInformationOnly: (year) =>
    `Se invitó a las organizaciones que habían informado sobre sus actividades ${year ? `en ${year}` : 'en el ciclo anterior'} a que presentaran únicamente información nueva.`,
  received_as_at: (cutoff, states, organizations, sections) =>
    [
      states.length
        ? `Al ${spanish.date(cutoff)} se habían recibido respuestas de ${spanish.list(states)}. Las respuestas, o sus resúmenes, se reproducen en la sección ${sections.states} del presente informe.`
        : `Al ${spanish.date(cutoff)} no se habían recibido respuestas de los Estados Miembros.`,
      organizations
        ? `También se recibieron respuestas de ${organizations === 1 ? 'una organización internacional' : `${organizations} organizaciones internacionales`}, cuya información, o su resumen, se reproduce en la sección ${sections.organizations}.`
        : '',
    ]
      .filter(Boolean)
      .join(' '),
  addenda: 'Las respuestas que se reciban posteriormente se publicarán como adiciones al presente informe.',
  addendumIntro: (symbol, cutoff) =>
    `La presente adición al informe del Secretario General (${symbol}) contiene las respuestas recibidas después del ${spanish.date(cutoff)}.`,
  footnote: (sender, url) =>
    `El texto completo de la información proporcionada por ${sender} puede consultarse en el sitio web de la Oficina de Asuntos de Desarme (${url}). Se proporcionó un resumen para su inclusión en el presente informe.`,
  lengthSentence: (sender, url) =>
    `De conformidad con las resoluciones de la Asamblea General sobre el control y la limitación de la documentación y las directrices del Secretario General sobre los informes redactados o editados por la Secretaría, la respuesta recibida ${sender.startsWith('el ') ? `del ${sender.slice(3)}` : `de ${sender}`} no se reproduce aquí porque excede la extensión aceptable. El texto completo de la respuesta puede consultarse en el sitio web de la Oficina de Asuntos de Desarme (${url}).`,
  missingTranslation: () => '[La traducción al español de esta respuesta aún no está disponible.]',
};

const russian: Formulas = {
  organ: 'Генеральная Ассамблея',
  subtitle: 'Доклад Генерального секретаря',
  session: (n) => `${n}-я сессия`,
  agendaItem: (item) => `Пункт ${item} повестки дня`,
  sectionNumbers: ['I', 'II', 'III'],
  subsectionLetters: ['A', 'B'],
  headings: {
    introduction: 'Введение',
    states: 'Ответы, полученные от правительств',
    organizations: 'Информация, полученная от международных организаций',
    unSystem: 'Система Организации Объединенных Наций',
    other: 'Другие международные организации',
    addendumIntroduction: 'Введение',
  },
  original: (language) => `[Подлинный текст на ${LANGUAGE_NAMES.ru[language]} языке]`,
  received: (date) => `[${formatLongDate(date, 'ru')}]`,
  list: (items) => joinWith(items, ', ', ' и '),
  dateList: (dates) => westernDateList(dates, 'ru', ' и '),
  date: (date) => formatLongDate(date, 'ru'),
  mandate: (resolution, title, mandate, session) =>
    `В своей резолюции ${resolution}, озаглавленной «${title}», Генеральная Ассамблея ${
      mandate ??
      `просила Генерального секретаря запросить мнения государств-членов по этому вопросу и представить ей доклад на ее ${session}-й сессии`
    }${mandate?.trim().endsWith('.') ? '' : '.'} Настоящий доклад представляется во исполнение этой просьбы.`,
  requests: (noteVerbaleOn, lettersOn) =>
    `Во исполнение этой просьбы ${russian.date(noteVerbaleOn)} государствам-членам была направлена вербальная нота с предложением представить информацию по этому вопросу. ${capitalize(russian.dateList(lettersOn))} соответствующим международным организациям, включая соответствующие органы и учреждения системы Организации Объединенных Наций, были направлены письма с предложением представить информацию по этому вопросу.`,
  newInformationOnly: (year) =>
    `Организациям, которые сообщали о своей соответствующей деятельности ${year ? `в ${year} году` : 'в предыдущем цикле'}, было предложено представить только новую информацию.`,
  received_as_at: (cutoff, states, organizations, sections) =>
    [
      states.length
        ? `По состоянию на ${russian.date(cutoff)} были получены ответы от следующих государств: ${russian.list(states)}. Ответы или их резюме воспроизводятся в разделе ${sections.states} настоящего доклада.`
        : `По состоянию на ${russian.date(cutoff)} ответов от государств-членов получено не было.`,
      organizations
        ? `Были также получены ответы от международных организаций (${organizations}); представленная ими информация или ее резюме воспроизводятся в разделе ${sections.organizations}.`
        : '',
    ]
      .filter(Boolean)
      .join(' '),
  addenda: 'Любые дополнительные ответы будут изданы в виде добавлений к настоящему докладу.',
  addendumIntro: (symbol, cutoff) =>
    `В настоящем добавлении к докладу Генерального секретаря (${symbol}) содержатся ответы, полученные после ${russian.date(cutoff)}.`,
  footnote: (sender, url) =>
    `С полным текстом информации (отправитель: ${sender}) можно ознакомиться на веб-сайте Управления по вопросам разоружения (${url}). Для включения в настоящий доклад было представлено резюме.`,
  lengthSentence: (sender, url) =>
    `В соответствии с резолюциями Генеральной Ассамблеи о контроле и ограничении объема документации и руководящими принципами Генерального секретаря в отношении докладов, подготавливаемых и/или редактируемых Секретариатом, ответ (отправитель: ${sender}) здесь не воспроизводится, поскольку он превышает допустимый объем. С полным текстом ответа можно ознакомиться на веб-сайте Управления по вопросам разоружения (${url}).`,
  missingTranslation: () => '[Перевод этого ответа на русский язык пока отсутствует.]',
};

const ARABIC_SECTION_NUMBERS: [string, string, string] = ['أولا', 'ثانيا', 'ثالثا'];

const arabic: Formulas = {
  organ: 'الجمعية العامة',
  subtitle: 'تقرير الأمين العام',
  session: (n) => `الدورة ${n}`,
  agendaItem: (item) => `البند ${item} من جدول الأعمال`,
  sectionNumbers: ARABIC_SECTION_NUMBERS,
  subsectionLetters: ['ألف', 'باء'],
  headings: {
    introduction: 'مقدمة',
    states: 'الردود الواردة من الحكومات',
    organizations: 'المعلومات الواردة من المنظمات الدولية',
    unSystem: 'منظومة الأمم المتحدة',
    other: 'المنظمات الدولية الأخرى',
    addendumIntroduction: 'مقدمة',
  },
  original: (language) => `[الأصل: ${LANGUAGE_NAMES.ar[language]}]`,
  received: (date) => `[${formatLongDate(date, 'ar')}]`,
  list: (items) => joinWith(items, '، ', ' و '),
  dateList: (dates) => westernDateList(dates, 'ar', ' و '),
  date: (date) => formatLongDate(date, 'ar'),
  mandate: (resolution, title, mandate, session) =>
    `طلبت الجمعية العامة، في قرارها ${resolution} المعنون "${title}"، ${
      mandate ??
      `إلى الأمين العام أن يلتمس آراء الدول الأعضاء بشأن هذه المسألة وأن يقدم إليها تقريرا في دورتها ${session}`
    }${mandate?.trim().endsWith('.') ? '' : '.'} ويقدم هذا التقرير عملا بذلك الطلب.`,
  requests: (noteVerbaleOn, lettersOn) =>
    `وعملا بذلك الطلب، وُجهت في ${arabic.date(noteVerbaleOn)} مذكرة شفوية إلى الدول الأعضاء تدعوها إلى تقديم معلومات بشأن هذا الموضوع. ووُجهت في ${arabic.dateList(lettersOn)} رسائل إلى المنظمات الدولية المعنية، بما فيها الهيئات والوكالات المعنية في منظومة الأمم المتحدة، تدعوها إلى تقديم معلومات بشأن هذا الموضوع.`,
  newInformationOnly: (year) =>
    `ودُعيت المنظمات التي قدمت تقارير عن أنشطتها ذات الصلة ${year ? `في عام ${year}` : 'في الدورة السابقة'} إلى ألا تقدم إلا المعلومات الجديدة.`,
  received_as_at: (cutoff, states, organizations, sections) =>
    [
      states.length
        ? `وحتى ${arabic.date(cutoff)}، وردت ردود من ${arabic.list(states)}. وترد الردود، أو موجزاتها، في الفرع ${sections.states} من هذا التقرير.`
        : `وحتى ${arabic.date(cutoff)}، لم ترد أي ردود من الدول الأعضاء.`,
      organizations
        ? `ووردت أيضا ردود من ${organizations} منظمة دولية، وترد المعلومات المقدمة منها، أو موجزاتها، في الفرع ${sections.organizations}.`
        : '',
    ]
      .filter(Boolean)
      .join(' '),
  addenda: 'وستصدر أي ردود إضافية ترد في شكل إضافات لهذا التقرير.',
  addendumIntro: (symbol, cutoff) =>
    `تتضمن هذه الإضافة لتقرير الأمين العام (${symbol}) الردود الواردة بعد ${arabic.date(cutoff)}.`,
  footnote: (sender, url) =>
    `النص الكامل للمعلومات المقدمة من ${sender} متاح على الموقع الشبكي لمكتب شؤون نزع السلاح (${url}). وقُدم موجز لإدراجه في هذا التقرير.`,
  lengthSentence: (sender, url) =>
    `تمشيا مع قرارات الجمعية العامة بشأن مراقبة الوثائق والحد منها ومع المبادئ التوجيهية للأمين العام بشأن التقارير التي تصوغها و/أو تحررها الأمانة العامة، لم يُستنسخ هنا الرد الوارد من ${sender}، لأنه يتجاوز الطول المقبول. والنص الكامل للرد متاح على الموقع الشبكي لمكتب شؤون نزع السلاح (${url}).`,
  missingTranslation: () => '[الترجمة العربية لهذا الرد غير متاحة بعد.]',
};

export const FORMULAS: Record<TLanguage, Formulas> = {
  en: english,
  zh: chinese,
  fr: french,
  es: spanish,
  ru: russian,
  ar: arabic,
};
