import type { TDecision, TLanguage } from '@replies/shared';

/**
 * What the receipt document says beyond the receipt mail (whose words, in mail/compose/words.ts, give
 * the reference number, the date received and the copy of the text), in the six official languages.
 */
export interface ReceiptWords {
  title: string;
  report: string;
  sender: string;
  submittedAt: string;
  /** `zone` is the Secretariat's time zone, e.g. America/New_York. */
  at: (date: string, time: string, zone: string) => string;
  submittedBy: string;
  enteredBy: (name: string) => string;
  originalLanguage: string;
  length: string;
  summaryLength: string;
  words: (words: string, limit: string) => string;
  noSummary: string;
  proposed: string;
  decision: Record<TDecision, string>;
  originalFile: string;
  file: (name: string, size: string) => string;
  noFile: string;
  declarationTitle: string;
  declared: (name: string, entity: string) => string;
  enteredAsReceived: (entity: string) => string;
  notDeclared: string;
  nextTitle: string;
  next: string[];
}

const en: ReceiptWords = {
  title: 'Receipt of a reply',
  report: 'Report',
  sender: 'On behalf of',
  submittedAt: 'Submitted',
  at: (date, time, zone) => `${date}, ${time} (${zone})`,
  submittedBy: 'Submitted by',
  enteredBy: (name) => `${name}, for the Secretariat (reply received by e-mail, fax or post)`,
  originalLanguage: 'Original language',
  length: 'Length of the reply',
  summaryLength: 'Executive summary',
  words: (words, limit) => `${words} words (limit: ${limit})`,
  noSummary: 'None',
  proposed: 'How the report would show it (length rule)',
  decision: {
    FULL: 'Text reproduced in the report',
    SUMMARY: 'Executive summary in the report, full text on the web',
    WEB_ONLY: 'Full text on the web only',
  },
  originalFile: 'Original file attached',
  file: (name, size) => `${name} (${size})`,
  noFile: 'None',
  declarationTitle: 'Declaration',
  declared: (name, entity) => `${name} declared submitting this reply on behalf of ${entity}.`,
  enteredAsReceived: (entity) => `Entered by the Secretariat as received from ${entity}.`,
  notDeclared: 'Submitted without the declaration of the portal’s form.',
  nextTitle: 'What happens next',
  next: [
    'The Secretariat reviews the reply. It may return it with a comment: the reply can then be revised and submitted again, and the new submission gets its own reference number.',
    'Once the reply is accepted, you will be told how the report shows it.',
    'When the report is published, the full text of the reply is published on the web, and you will receive its address.',
  ],
};

const fr: ReceiptWords = {
  title: 'Accusé de réception d’une réponse',
  report: 'Rapport',
  sender: 'Au nom de',
  submittedAt: 'Soumise le',
  at: (date, time, zone) => `${date}, ${time} (${zone})`,
  submittedBy: 'Soumise par',
  enteredBy: (name) => `${name}, pour le Secrétariat (réponse reçue par courriel, télécopie ou courrier)`,
  originalLanguage: 'Langue originale',
  length: 'Longueur de la réponse',
  summaryLength: 'Résumé analytique',
  words: (words, limit) => `${words} mots (limite : ${limit})`,
  noSummary: 'Aucun',
  proposed: 'Présentation dans le rapport (règle de longueur)',
  decision: {
    FULL: 'Texte reproduit dans le rapport',
    SUMMARY: 'Résumé analytique dans le rapport, texte intégral sur le Web',
    WEB_ONLY: 'Texte intégral sur le Web seulement',
  },
  originalFile: 'Fichier original joint',
  file: (name, size) => `${name} (${size})`,
  noFile: 'Aucun',
  declarationTitle: 'Déclaration',
  declared: (name, entity) => `${name} a déclaré soumettre cette réponse au nom de ${entity}.`,
  enteredAsReceived: (entity) => `Saisie par le Secrétariat telle que reçue de ${entity}.`,
  notDeclared: 'Soumise sans la déclaration du formulaire du portail.',
  nextTitle: 'Prochaines étapes',
  next: [
    'Le Secrétariat examine la réponse. Il peut la renvoyer avec un commentaire : elle peut alors être révisée et soumise à nouveau, et la nouvelle soumission reçoit son propre numéro de référence.',
    'Une fois la réponse acceptée, vous serez informé de sa présentation dans le rapport.',
    'À la publication du rapport, le texte intégral de la réponse est publié sur le Web et son adresse vous est communiquée.',
  ],
};

const es: ReceiptWords = {
  title: 'Acuse de recibo de una respuesta',
  report: 'Informe',
  sender: 'En nombre de',
  submittedAt: 'Presentada el',
  at: (date, time, zone) => `${date}, ${time} (${zone})`,
  submittedBy: 'Presentada por',
  enteredBy: (name) => `${name}, por la Secretaría (respuesta recibida por correo electrónico, fax o correo postal)`,
  originalLanguage: 'Idioma original',
  length: 'Extensión de la respuesta',
  summaryLength: 'Resumen',
  words: (words, limit) => `${words} palabras (límite: ${limit})`,
  noSummary: 'Ninguno',
  proposed: 'Forma en que figuraría en el informe (regla de extensión)',
  decision: {
    FULL: 'Texto reproducido en el informe',
    SUMMARY: 'Resumen en el informe, texto completo en la web',
    WEB_ONLY: 'Texto completo solo en la web',
  },
  originalFile: 'Archivo original adjunto',
  file: (name, size) => `${name} (${size})`,
  noFile: 'Ninguno',
  declarationTitle: 'Declaración',
  declared: (name, entity) => `${name} declaró presentar esta respuesta en nombre de ${entity}.`,
  enteredAsReceived: (entity) => `Introducida por la Secretaría tal como se recibió de ${entity}.`,
  notDeclared: 'Presentada sin la declaración del formulario del portal.',
  nextTitle: 'Próximos pasos',
  next: [
    'La Secretaría examina la respuesta. Puede devolverla con un comentario: la respuesta podrá entonces revisarse y presentarse de nuevo, y la nueva presentación recibirá su propio número de referencia.',
    'Una vez aceptada la respuesta, se le informará de cómo figura en el informe.',
    'Cuando se publique el informe, el texto completo de la respuesta se publicará en la web y recibirá su dirección.',
  ],
};

const ru: ReceiptWords = {
  title: 'Подтверждение получения ответа',
  report: 'Доклад',
  sender: 'От имени',
  submittedAt: 'Представлен',
  at: (date, time, zone) => `${date}, ${time} (${zone})`,
  submittedBy: 'Представил(а)',
  enteredBy: (name) => `${name}, от имени Секретариата (ответ получен по электронной почте, факсу или почте)`,
  originalLanguage: 'Язык оригинала',
  length: 'Объем ответа',
  summaryLength: 'Резюме',
  words: (words, limit) => `слов: ${words} (предел: ${limit})`,
  noSummary: 'Нет',
  proposed: 'Как ответ будет представлен в докладе (правило об объеме)',
  decision: {
    FULL: 'Текст воспроизводится в докладе',
    SUMMARY: 'Резюме в докладе, полный текст на веб-сайте',
    WEB_ONLY: 'Полный текст только на веб-сайте',
  },
  originalFile: 'Приложенный файл оригинала',
  file: (name, size) => `${name} (${size})`,
  noFile: 'Нет',
  declarationTitle: 'Заявление',
  declared: (name, entity) => `${name}: заявлено, что ответ представлен от имени: ${entity}.`,
  enteredAsReceived: (entity) => `Внесен Секретариатом в том виде, в каком получен от: ${entity}.`,
  notDeclared: 'Представлен без заявления формы портала.',
  nextTitle: 'Что дальше',
  next: [
    'Секретариат рассматривает ответ. Он может вернуть его с замечанием: тогда ответ можно исправить и представить снова, и новое представление получит собственный регистрационный номер.',
    'После принятия ответа вам сообщат, как он будет представлен в докладе.',
    'После публикации доклада полный текст ответа публикуется на веб-сайте, и вы получите его адрес.',
  ],
};

const zh: ReceiptWords = {
  title: '答复回执',
  report: '报告',
  sender: '代表',
  submittedAt: '提交时间',
  at: (date, time, zone) => `${date} ${time}（${zone}）`,
  submittedBy: '提交人',
  enteredBy: (name) => `${name}，代表秘书处（通过电子邮件、传真或邮寄收到的答复）`,
  originalLanguage: '原文语言',
  length: '答复篇幅',
  summaryLength: '执行摘要',
  words: (words, limit) => `${words} 词（限额：${limit}）`,
  noSummary: '无',
  proposed: '报告中的处理方式（篇幅规则）',
  decision: {
    FULL: '全文载入报告',
    SUMMARY: '报告载入执行摘要，全文载于网站',
    WEB_ONLY: '全文仅载于网站',
  },
  originalFile: '所附原件',
  file: (name, size) => `${name}（${size}）`,
  noFile: '无',
  declarationTitle: '声明',
  declared: (name, entity) => `${name}声明代表${entity}提交本答复。`,
  enteredAsReceived: (entity) => `由秘书处按从${entity}收到的原样录入。`,
  notDeclared: '提交时未经门户网站表格的声明。',
  nextTitle: '后续步骤',
  next: [
    '秘书处审阅答复。秘书处可附意见退回答复：届时可修改答复并重新提交，新的提交将有自己的编号。',
    '答复获接受后，将通知您报告中的处理方式。',
    '报告发布时，答复全文将在网站上发布，您将收到其网址。',
  ],
};

const ar: ReceiptWords = {
  title: 'إشعار باستلام رد',
  report: 'التقرير',
  sender: 'باسم',
  submittedAt: 'تاريخ التقديم',
  at: (date, time, zone) => `${date}، الساعة ${time} (${zone})`,
  submittedBy: 'مقدم الرد',
  enteredBy: (name) => `${name}، باسم الأمانة العامة (رد ورد بالبريد الإلكتروني أو الفاكس أو البريد)`,
  originalLanguage: 'لغة الأصل',
  length: 'طول الرد',
  summaryLength: 'الموجز التنفيذي',
  words: (words, limit) => `${words} كلمة (الحد: ${limit})`,
  noSummary: 'لا يوجد',
  proposed: 'طريقة عرضه في التقرير (قاعدة الطول)',
  decision: {
    FULL: 'يُستنسخ النص في التقرير',
    SUMMARY: 'الموجز التنفيذي في التقرير والنص الكامل على الموقع الشبكي',
    WEB_ONLY: 'النص الكامل على الموقع الشبكي فقط',
  },
  originalFile: 'الملف الأصلي المرفق',
  file: (name, size) => `${name} (${size})`,
  noFile: 'لا يوجد',
  declarationTitle: 'الإقرار',
  declared: (name, entity) => `أقر ${name} بتقديم هذا الرد باسم ${entity}.`,
  enteredAsReceived: (entity) => `أدخلته الأمانة العامة كما ورد من ${entity}.`,
  notDeclared: 'قُدِّم دون إقرار استمارة البوابة.',
  nextTitle: 'الخطوات التالية',
  next: [
    'تستعرض الأمانة العامة الرد. ويجوز لها أن تعيده مشفوعا بتعليق: ويمكن عندئذ تنقيح الرد وتقديمه من جديد، ويحصل التقديم الجديد على رقمه المرجعي الخاص.',
    'بعد قبول الرد، ستُبلَّغون بطريقة عرضه في التقرير.',
    'عند نشر التقرير، يُنشر النص الكامل للرد على الموقع الشبكي وتتلقون عنوانه.',
  ],
};

export const RECEIPT_WORDS: Record<TLanguage, ReceiptWords> = { en, fr, es, ru, zh, ar };
