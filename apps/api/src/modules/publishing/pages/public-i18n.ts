import type { TLanguage } from '@replies/shared';

/** The public pages' own words, in the six official languages. */
export const PUBLIC_TEXT: Record<TLanguage, Record<string, string>> = {
  en: {
    site: 'Replies to the Secretary-General', reports: 'Published reports', report: 'Report', noReports: 'No report has been published yet.',
    read: 'Read', download: 'Download', formats: 'Other formats', fullText: 'Full text of the reply', original: 'Original language', received: 'Date received',
    summary: 'Executive summary', otherLanguages: 'Other languages', originalFile: 'The original as received', search: 'Search the replies', searchLabel: 'Words to find',
    cycle: 'Report', entity: 'State or organization', language: 'Language', any: 'Any', results: 'Results', noResults: 'Nothing found.', submit: 'Search',
    notFound: 'There is nothing published at this address.', previousVersions: 'Earlier versions', published: 'Published', corrigendum: 'Corrigendum',
    inReport: 'In the report', back: 'All published reports', skip: 'Skip to content', languages: 'Languages', notTranslated: 'This text is not available in this language.',
  },
  fr: {
    site: 'Réponses au Secrétaire général', reports: 'Rapports publiés', report: 'Rapport', noReports: "Aucun rapport n'a encore été publié.",
    read: 'Lire', download: 'Télécharger', formats: 'Autres formats', fullText: 'Texte intégral de la réponse', original: 'Langue originale', received: 'Date de réception',
    summary: 'Résumé', otherLanguages: 'Autres langues', originalFile: "L'original tel que reçu", search: 'Rechercher dans les réponses', searchLabel: 'Mots à chercher',
    cycle: 'Rapport', entity: 'État ou organisation', language: 'Langue', any: 'Tous', results: 'Résultats', noResults: 'Aucun résultat.', submit: 'Rechercher',
    notFound: "Rien n'est publié à cette adresse.", previousVersions: 'Versions antérieures', published: 'Publié', corrigendum: 'Rectificatif',
    inReport: 'Dans le rapport', back: 'Tous les rapports publiés', skip: 'Aller au contenu', languages: 'Langues', notTranslated: "Ce texte n'existe pas dans cette langue.",
  },
  es: {
    site: 'Respuestas al Secretario General', reports: 'Informes publicados', report: 'Informe', noReports: 'Todavía no se ha publicado ningún informe.',
    read: 'Leer', download: 'Descargar', formats: 'Otros formatos', fullText: 'Texto completo de la respuesta', original: 'Idioma original', received: 'Fecha de recepción',
    summary: 'Resumen', otherLanguages: 'Otros idiomas', originalFile: 'El original tal como se recibió', search: 'Buscar en las respuestas', searchLabel: 'Palabras que buscar',
    cycle: 'Informe', entity: 'Estado u organización', language: 'Idioma', any: 'Todos', results: 'Resultados', noResults: 'No se encontró nada.', submit: 'Buscar',
    notFound: 'No hay nada publicado en esta dirección.', previousVersions: 'Versiones anteriores', published: 'Publicado', corrigendum: 'Corrección',
    inReport: 'En el informe', back: 'Todos los informes publicados', skip: 'Ir al contenido', languages: 'Idiomas', notTranslated: 'Este texto no está disponible en este idioma.',
  },
  ru: {
    site: 'Ответы Генеральному секретарю', reports: 'Опубликованные доклады', report: 'Доклад', noReports: 'Доклады еще не опубликованы.',
    read: 'Читать', download: 'Скачать', formats: 'Другие форматы', fullText: 'Полный текст ответа', original: 'Язык оригинала', received: 'Дата получения',
    summary: 'Резюме', otherLanguages: 'Другие языки', originalFile: 'Оригинал в полученном виде', search: 'Поиск по ответам', searchLabel: 'Искомые слова',
    cycle: 'Доклад', entity: 'Государство или организация', language: 'Язык', any: 'Любой', results: 'Результаты', noResults: 'Ничего не найдено.', submit: 'Найти',
    notFound: 'По этому адресу ничего не опубликовано.', previousVersions: 'Предыдущие версии', published: 'Опубликовано', corrigendum: 'Исправление',
    inReport: 'В докладе', back: 'Все опубликованные доклады', skip: 'Перейти к содержанию', languages: 'Языки', notTranslated: 'Этот текст на данном языке отсутствует.',
  },
  zh: {
    site: '向秘书长提交的答复', reports: '已发布的报告', report: '报告', noReports: '尚未发布任何报告。',
    read: '阅读', download: '下载', formats: '其他格式', fullText: '答复全文', original: '原件语文', received: '收到日期',
    summary: '执行摘要', otherLanguages: '其他语文', originalFile: '收到的原件', search: '搜索答复', searchLabel: '搜索词',
    cycle: '报告', entity: '国家或组织', language: '语文', any: '全部', results: '结果', noResults: '未找到任何内容。', submit: '搜索',
    notFound: '此地址没有已发布的内容。', previousVersions: '以前的版本', published: '发布日期', corrigendum: '更正',
    inReport: '见报告', back: '所有已发布的报告', skip: '跳到正文', languages: '语文', notTranslated: '此文本没有该语文版本。',
  },
  ar: {
    site: 'الردود المقدمة إلى الأمين العام', reports: 'التقارير المنشورة', report: 'التقرير', noReports: 'لم يُنشر أي تقرير بعد.',
    read: 'قراءة', download: 'تنزيل', formats: 'صيغ أخرى', fullText: 'النص الكامل للرد', original: 'لغة الأصل', received: 'تاريخ الورود',
    summary: 'الموجز', otherLanguages: 'لغات أخرى', originalFile: 'الأصل كما ورد', search: 'البحث في الردود', searchLabel: 'الكلمات المطلوبة',
    cycle: 'التقرير', entity: 'الدولة أو المنظمة', language: 'اللغة', any: 'الكل', results: 'النتائج', noResults: 'لم يُعثر على شيء.', submit: 'بحث',
    notFound: 'لا يوجد شيء منشور في هذا العنوان.', previousVersions: 'الصيغ السابقة', published: 'تاريخ النشر', corrigendum: 'تصويب',
    inReport: 'في التقرير', back: 'جميع التقارير المنشورة', skip: 'الانتقال إلى المحتوى', languages: 'اللغات', notTranslated: 'هذا النص غير متاح بهذه اللغة.',
  },
};

export const LANGUAGE_SELF_NAMES: Record<TLanguage, string> = { ar: 'العربية', zh: '中文', en: 'English', fr: 'Français', ru: 'Русский', es: 'Español' };
