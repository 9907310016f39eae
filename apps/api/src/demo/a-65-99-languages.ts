/**
 * A/65/99 in the four languages the golden tests do not read (French, Spanish, Russian, Arabic): the
 * cycle's texts, and each reply printed in the report (FULL: its text; SUMMARY: its executive
 * summary), as the Secretariat's translators would give them. Replies sent in one of these
 * languages have their original here too. Used by `npm run demo`.
 */
import type { TLanguage } from '@replies/shared';

export type OtherLanguage = Exclude<TLanguage, 'en' | 'zh'>;
export const OTHER_LANGUAGES: OtherLanguage[] = ['fr', 'es', 'ru', 'ar'];

export const A6599_TITLE: Record<OtherLanguage, string> = {
  fr: "Mesures visant à empêcher les terroristes d'acquérir des armes de destruction massive",
  es: 'Medidas para impedir que los terroristas adquieran armas de destrucción en masa',
  ru: 'Меры по предотвращению приобретения террористами оружия массового уничтожения',
  ar: 'تدابير منع الإرهابيين من حيازة أسلحة الدمار الشامل',
};

export const A6599_MANDATE: Record<OtherLanguage, string> = {
  fr: "Dans sa résolution 64/38, intitulée « Mesures visant à empêcher les terroristes d'acquérir des armes de destruction massive », l'Assemblée générale a engagé tous les États Membres à prendre et à renforcer, selon qu'il conviendra, des mesures nationales pour empêcher les terroristes d'acquérir des armes de destruction massive, leurs vecteurs et les matières et technologies liées à leur fabrication. Elle a également prié le Secrétaire général d'établir un rapport sur les mesures déjà prises par les organisations internationales sur les questions touchant le lien entre la lutte contre le terrorisme et la prolifération des armes de destruction massive, de solliciter les vues des États Membres sur les autres mesures pertinentes, y compris les mesures nationales, propres à faire face à la menace mondiale que représente l'acquisition par des terroristes d'armes de destruction massive et de lui présenter un rapport à sa soixante-cinquième session.",
  es: 'En su resolución 64/38, titulada “Medidas para impedir que los terroristas adquieran armas de destrucción en masa”, la Asamblea General instó a todos los Estados Miembros a que adoptaran y fortalecieran, según procediera, medidas nacionales para impedir que los terroristas adquirieran armas de destrucción en masa, sus sistemas vectores y los materiales y tecnologías relacionados con su fabricación. La Asamblea también solicitó al Secretario General que compilara un informe sobre las medidas ya adoptadas por las organizaciones internacionales en cuestiones relacionadas con el vínculo entre la lucha contra el terrorismo y la proliferación de armas de destrucción en masa, que recabara las opiniones de los Estados Miembros sobre otras medidas pertinentes, incluidas las medidas nacionales, para hacer frente a la amenaza mundial que plantea la adquisición de armas de destrucción en masa por terroristas, y que la informara al respecto en su sexagésimo quinto período de sesiones.',
  ru: 'В своей резолюции 64/38, озаглавленной «Меры по предотвращению приобретения террористами оружия массового уничтожения», Генеральная Ассамблея настоятельно призвала все государства-члены принимать и укреплять, в надлежащих случаях, национальные меры по недопущению приобретения террористами оружия массового уничтожения, средств его доставки, а также материалов и технологий, связанных с его производством. Ассамблея также просила Генерального секретаря подготовить доклад о мерах, уже принятых международными организациями по вопросам, касающимся связи между борьбой с терроризмом и распространением оружия массового уничтожения, запросить мнения государств-членов о дополнительных соответствующих мерах, включая национальные меры, по устранению глобальной угрозы, создаваемой приобретением террористами оружия массового уничтожения, и представить Ассамблее доклад на ее шестьдесят пятой сессии.',
  ar: 'حثت الجمعية العامة، في قرارها 64/38 المعنون ”تدابير منع الإرهابيين من حيازة أسلحة الدمار الشامل“، جميع الدول الأعضاء على اتخاذ تدابير وطنية وتعزيزها، حسب الاقتضاء، لمنع الإرهابيين من حيازة أسلحة الدمار الشامل ووسائل إيصالها والمواد والتكنولوجيات المتصلة بصنعها. وطلبت الجمعية أيضا إلى الأمين العام أن يعد تقريرا عن التدابير التي اتخذتها المنظمات الدولية بالفعل بشأن المسائل المتعلقة بالصلة بين مكافحة الإرهاب وانتشار أسلحة الدمار الشامل، وأن يلتمس آراء الدول الأعضاء بشأن التدابير الإضافية ذات الصلة، بما فيها التدابير الوطنية، للتصدي للخطر العالمي الذي تشكله حيازة الإرهابيين لأسلحة الدمار الشامل، وأن يقدم إليها تقريرا في دورتها الخامسة والستين.',
};

/** The editor's paragraph on the note verbale and the letters, as in English and Chinese. */
export const A6599_REQUESTS: Record<OtherLanguage, string> = {
  fr: "Comme suite à cette demande, le 19 février 2010, une note verbale a été adressée aux États Membres pour les inviter à communiquer des informations à ce sujet. Les 17 et 18 février 2010, des lettres ont été adressées aux organisations internationales concernées, y compris les organes et organismes compétents des Nations Unies, pour les inviter à fournir un résumé de leurs rapports aux fins de son inclusion dans le rapport du Secrétaire général; à la demande de l'organisation concernée, le texte intégral serait affiché sur le site Web du Bureau des affaires de désarmement.",
  es: 'Atendiendo a esa solicitud, el 19 de febrero de 2010 se envió una nota verbal a los Estados Miembros en la que se los invitaba a proporcionar información al respecto. Los días 17 y 18 de febrero de 2010 se enviaron cartas a las organizaciones internacionales pertinentes, incluidos los órganos y organismos competentes del sistema de las Naciones Unidas, en las que se las invitaba a presentar un resumen de sus informes para incluirlo en el informe del Secretario General; a petición de la organización interesada, el texto íntegro se publicaría en el sitio web de la Oficina de Asuntos de Desarme.',
  ru: 'Во исполнение этой просьбы 19 февраля 2010 года государствам-членам была направлена вербальная нота с предложением представить информацию по данному вопросу. 17 и 18 февраля 2010 года соответствующим международным организациям, включая соответствующие органы и учреждения системы Организации Объединенных Наций, были направлены письма с предложением представить резюме их докладов для включения в доклад Генерального секретаря; по просьбе соответствующей организации полный текст будет размещен на веб-сайте Управления по вопросам разоружения.',
  ar: 'وعملا بذلك الطلب، أرسلت في 19 شباط/فبراير 2010 مذكرة شفوية إلى الدول الأعضاء تدعوها إلى تقديم معلومات عن هذا الموضوع. وفي 17 و 18 شباط/فبراير 2010، أرسلت رسائل إلى المنظمات الدولية المعنية، بما فيها الهيئات والوكالات المختصة في منظومة الأمم المتحدة، تدعوها إلى تقديم موجز تنفيذي لتقاريرها لإدراجه في تقرير الأمين العام؛ وبناء على طلب المنظمة المعنية، سيُنشر النص الكامل على الموقع الشبكي لمكتب شؤون نزع السلاح.',
};

type Texts = Record<OtherLanguage, string>;

/** The text of each reply reproduced in full, in the four languages. */
export const A6599_FULL_TEXTS: Record<string, Texts> = {
  FIN: {
    fr: "La Finlande est résolue à empêcher les terroristes d'acquérir des armes de destruction massive.",
    es: 'Finlandia está decidida a impedir que los terroristas adquieran armas de destrucción en masa.',
    ru: 'Финляндия привержена делу недопущения приобретения террористами оружия массового уничтожения.',
    ar: 'تلتزم فنلندا بمنع الإرهابيين من حيازة أسلحة الدمار الشامل.',
  },
  HUN: {
    fr: 'Le Code pénal hongrois interdit les actes suivants :\n• Utilisation abusive de matières radioactives (article 264 (1)-(3))',
    es: 'El Código Penal de Hungría prohíbe los actos siguientes:\n• Uso indebido de materiales radiactivos (artículo 264 1) a 3))',
    ru: 'Уголовный кодекс Венгрии запрещает следующие деяния:\n• Злоупотребление радиоактивными материалами (статья 264 (1)–(3))',
    ar: 'يحظر القانون الجنائي الهنغاري الأفعال التالية:\n• إساءة استخدام المواد المشعة (المادة 264 (1)-(3))',
  },
  MAR: {
    fr: [
      "Le Royaume du Maroc participe pleinement à la lutte contre le terrorisme sous toutes ses formes, y compris le terrorisme nucléaire, et s'associe aux efforts multilatéraux visant à combattre le terrorisme international et la prolifération des armes de destruction massive.",
      "1. Soutien à l'action menée au niveau international :",
      '• Le Maroc a adhéré à toutes les conventions relatives aux armes de destruction massive et contribue à la lutte internationale contre le terrorisme;',
      '• Le Maroc a également adhéré aux initiatives suivantes :',
      "– L'Initiative mondiale de lutte contre le terrorisme nucléaire;",
      "– L'Initiative de sécurité contre la prolifération, à laquelle il a adhéré en mai 2008;",
      '2. Convention internationale pour la répression des actes de terrorisme nucléaire :',
      '(a) Signée le 19 avril 2006;',
      '(b) Ratifiée le 13 février 2010.',
    ].join('\n'),
    es: [
      'El Reino de Marruecos participa plenamente en la lucha contra el terrorismo en todas sus formas, incluido el terrorismo nuclear.',
      '1. Apoyo a las medidas adoptadas a nivel internacional:',
      '• Marruecos se ha adherido a todas las convenciones sobre armas de destrucción en masa;',
      '• Marruecos también se ha sumado a las iniciativas siguientes:',
      '– La Iniciativa Mundial de Lucha contra el Terrorismo Nuclear;',
      '– La Iniciativa de Seguridad contra la Proliferación, a la que se sumó en mayo de 2008;',
      '2. Convenio Internacional para la Represión de los Actos de Terrorismo Nuclear:',
      '(a) Firmado el 19 de abril de 2006;',
      '(b) Ratificado el 13 de febrero de 2010.',
    ].join('\n'),
    ru: [
      'Королевство Марокко в полной мере участвует в борьбе с терроризмом во всех его формах, включая ядерный терроризм.',
      '1. Поддержка мер, принимаемых на международном уровне:',
      '• Марокко присоединилось ко всем конвенциям, касающимся оружия массового уничтожения;',
      '• Марокко присоединилось также к следующим инициативам:',
      '– Глобальная инициатива по борьбе с актами ядерного терроризма;',
      '– Инициатива по безопасности в области распространения, к которой оно присоединилось в мае 2008 года;',
      '2. Международная конвенция о борьбе с актами ядерного терроризма:',
      '(a) подписана 19 апреля 2006 года;',
      '(b) ратифицирована 13 февраля 2010 года.',
    ].join('\n'),
    ar: [
      'تشارك المملكة المغربية مشاركة كاملة في مكافحة الإرهاب بجميع أشكاله، بما في ذلك الإرهاب النووي.',
      '1. دعم الإجراءات المتخذة على الصعيد الدولي:',
      '• انضم المغرب إلى جميع الاتفاقيات المتعلقة بأسلحة الدمار الشامل؛',
      '• انضم المغرب أيضا إلى المبادرات التالية:',
      '– المبادرة العالمية لمكافحة الإرهاب النووي؛',
      '– المبادرة الأمنية لمكافحة الانتشار، التي انضم إليها في أيار/مايو 2008؛',
      '2. الاتفاقية الدولية لقمع أعمال الإرهاب النووي:',
      '(أ) وقعت في 19 نيسان/أبريل 2006؛',
      '(ب) صودق عليها في 13 شباط/فبراير 2010.',
    ].join('\n'),
  },
  NOR: {
    fr: 'La communauté internationale ne doit jamais permettre que cela se produise.',
    es: 'La comunidad internacional nunca debe permitir que esto suceda.',
    ru: 'Международное сообщество никогда не должно допустить этого.',
    ar: 'يجب ألا يسمح المجتمع الدولي أبدا بحدوث ذلك.',
  },
  IAEA: {
    fr: "Le Plan sur la sécurité nucléaire sert de référence et de cadre aux activités de l'Agence.",
    es: 'El Plan de Seguridad Física Nuclear constituye la referencia y el marco de las actividades del Organismo.',
    ru: 'План физической ядерной безопасности служит ориентиром и основой для деятельности Агентства.',
    ar: 'توفر خطة الأمن النووي المعيار والإطار لأنشطة الوكالة.',
  },
  UNODC: {
    fr: "L'ONUDC travaille en étroite coopération avec les organisations concernées.",
    es: 'La UNODC trabaja en estrecha cooperación con las organizaciones pertinentes.',
    ru: 'ЮНОДК работает в тесном сотрудничестве с соответствующими организациями.',
    ar: 'يعمل مكتب الأمم المتحدة المعني بالمخدرات والجريمة بتعاون وثيق مع المنظمات المعنية.',
  },
  CSTO: {
    fr: 'Les mesures sont énoncées dans la Déclaration de la réunion de Moscou du 5 septembre 2008.',
    es: 'Las medidas se enuncian en la Declaración de la reunión de Moscú de 5 de septiembre de 2008.',
    ru: 'Эти меры изложены в Декларации Московской встречи от 5 сентября 2008 года.',
    ar: 'ترد التدابير في إعلان اجتماع موسكو المؤرخ 5 أيلول/سبتمبر 2008.',
  },
  AUC: {
    fr: "La Commission étudie les moyens de renforcer sa coopération avec l'organisation.",
    es: 'La Comisión está estudiando la posibilidad de estrechar su cooperación con la organización.',
    ru: 'Комиссия изучает возможности более тесного сотрудничества с этой организацией.',
    ar: 'تدرس المفوضية سبل توثيق التعاون مع المنظمة.',
  },
  INTERPOL: {
    fr: 'INTERPOL fournit des services essentiels pour prévenir la contrebande et lutter contre le terrorisme.',
    es: 'INTERPOL presta servicios esenciales para prevenir el contrabando y combatir el terrorismo.',
    ru: 'Интерпол предоставляет важнейшие услуги по предотвращению контрабанды и борьбе с терроризмом.',
    ar: 'يقدم الإنتربول خدمات أساسية لمنع التهريب ومكافحة الإرهاب.',
  },
  OCO: {
    fr: 'Les ressources financières et techniques sont actuellement limitées.',
    es: 'Los recursos financieros y técnicos son actualmente limitados.',
    ru: 'Финансовые и технические ресурсы в настоящее время ограничены.',
    ar: 'الموارد المالية والتقنية محدودة في الوقت الحاضر.',
  },
  WCO: {
    fr: "En règle générale, le Secrétariat de l'OMD s'efforce de collaborer avec toutes les autorités publiques compétentes.",
    es: 'Como principio general, la Secretaría de la OMA procura colaborar con todas las autoridades públicas competentes.',
    ru: 'Как правило, Секретариат Всемирной таможенной организации стремится взаимодействовать со всеми компетентными государственными органами.',
    ar: 'تسعى أمانة منظمة الجمارك العالمية، كمبدأ عام، إلى العمل مع جميع السلطات العامة المختصة.',
  },
};

/** The executive summary of each reply the report summarizes, in the four languages. */
export const A6599_SUMMARIES: Record<string, Texts> = {
  AUS: {
    fr: "Empêcher les terroristes d'acquérir des armes de destruction massive est une priorité du Gouvernement australien en matière de sécurité internationale.",
    es: 'Impedir que los terroristas adquieran armas de destrucción en masa es una prioridad de seguridad internacional para el Gobierno de Australia.',
    ru: 'Недопущение приобретения террористами оружия массового уничтожения является приоритетом правительства Австралии в области международной безопасности.',
    ar: 'يشكل منع الإرهابيين من حيازة أسلحة الدمار الشامل أولوية من أولويات الأمن الدولي لدى حكومة أستراليا.',
  },
  MEX: {
    fr: 'Le Mexique considère que le désarmement et la non-prolifération sont essentiels à la paix et à la sécurité internationales.',
    es: 'México considera que el desarme y la no proliferación son esenciales para la paz y la seguridad internacionales.',
    ru: 'Мексика считает разоружение и нераспространение необходимыми условиями международного мира и безопасности.',
    ar: 'ترى المكسيك أن نزع السلاح وعدم الانتشار أمران أساسيان لصون السلام والأمن الدوليين.',
  },
  THA: {
    fr: "La Thaïlande appuie les efforts internationaux visant à empêcher les terroristes d'acquérir des armes de destruction massive.",
    es: 'Tailandia apoya los esfuerzos internacionales para impedir que los terroristas adquieran armas de destrucción en masa.',
    ru: 'Таиланд поддерживает международные усилия по недопущению приобретения террористами оружия массового уничтожения.',
    ar: 'تؤيد تايلند الجهود الدولية الرامية إلى منع الإرهابيين من حيازة أسلحة الدمار الشامل.',
  },
  ICAO: {
    fr: "L'OACI continue de renforcer le régime de sûreté de l'aviation.",
    es: 'La OACI sigue fortaleciendo el régimen de seguridad de la aviación.',
    ru: 'ИКАО продолжает укреплять режим авиационной безопасности.',
    ar: 'تواصل الإيكاو تعزيز نظام أمن الطيران.',
  },
  IMO: {
    fr: "Les mesures de sûreté maritime de l'OMI sont entrées en vigueur.",
    es: 'Las medidas de protección marítima de la OMI han entrado en vigor.',
    ru: 'Меры ИМО по обеспечению охраны на море вступили в силу.',
    ar: 'دخلت تدابير الأمن البحري للمنظمة البحرية الدولية حيز النفاذ.',
  },
  CARICOM: {
    fr: "La CARICOM reconnaît qu'il est urgent de relever ce défi.",
    es: 'La CARICOM reconoce la urgencia de hacer frente a este desafío.',
    ru: 'КАРИКОМ признает настоятельную необходимость решения этой проблемы.',
    ar: 'تدرك الجماعة الكاريبية الحاجة الملحة إلى التصدي لهذا التحدي.',
  },
  CIS: {
    fr: 'Les États membres de la Communauté coopèrent face aux menaces chimiques, biologiques et radiologiques.',
    es: 'Los Estados miembros de la Comunidad cooperan frente a las amenazas químicas, biológicas y radiológicas.',
    ru: 'Государства — участники Содружества сотрудничают в противодействии химическим, биологическим и радиологическим угрозам.',
    ar: 'تتعاون الدول الأعضاء في الرابطة على مواجهة التهديدات الكيميائية والبيولوجية والإشعاعية.',
  },
  NATO: {
    fr: "L'OTAN fait face aux risques que présentent les armes de destruction massive.",
    es: 'La OTAN hace frente a los riesgos que plantean las armas de destrucción en masa.',
    ru: 'НАТО принимает меры в связи с рисками, создаваемыми оружием массового уничтожения.',
    ar: 'يتصدى الناتو للمخاطر التي تشكلها أسلحة الدمار الشامل.',
  },
  OPCW: {
    fr: "L'OIAC offre un cadre pour réduire les risques chimiques.",
    es: 'La OPAQ ofrece una plataforma para reducir los riesgos químicos.',
    ru: 'ОЗХО служит площадкой для уменьшения химических рисков.',
    ar: 'توفر منظمة حظر الأسلحة الكيميائية منبرا للحد من المخاطر الكيميائية.',
  },
};

/** Names an administrator completes in the portal where the reference data has none. */
export const A6599_MISSING_NAMES: Record<string, Partial<Record<OtherLanguage, string>>> = {
  OCO: {
    fr: 'Organisation douanière de l’Océanie',
    es: 'Organización Aduanera de Oceanía',
    ru: 'Таможенная организация Океании',
    ar: 'منظمة الجمارك لأوقيانوسيا',
  },
};
