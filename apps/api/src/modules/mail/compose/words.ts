import type { TDecision, TLanguage, TRole } from '@replies/shared';

/** What the portal's mail says, in the six official languages. The note verbale and letters are in letters.ts. */
export interface MailWords {
  greeting: (name: string) => string;
  signature: string;
  documentAttached: (channel: 'NOTE_VERBALE' | 'LETTER') => string;
  replyInPortal: string;
  receipt: {
    subject: (symbol: string, reference: string) => string;
    intro: (entity: string, symbol: string) => string;
    reference: string;
    received: string;
    follow: string;
    copy: (language: string) => string;
    summary: string;
  };
  returned: {
    subject: (symbol: string) => string;
    intro: (entity: string, symbol: string) => string;
    revise: string;
  };
  accepted: {
    subject: (symbol: string) => string;
    intro: (entity: string, symbol: string, reference: string) => string;
    decision: Record<TDecision, string>;
    next: string;
  };
  published: {
    subject: (symbol: string) => string;
    intro: (entity: string, symbol: string) => string;
    fullText: string;
    report: string;
  };
  digest: {
    subject: (count: number, date: string) => string;
    intro: (count: number, since: string) => string;
    item: (symbol: string, entity: string, received: string, reference: string) => string;
  };
  activation: {
    subject: string;
    intro: (by: string | null) => string;
    role: (role: TRole, entity: string | null) => string;
    choose: (days: number) => string;
    once: string;
  };
  reset: {
    subject: string;
    intro: string;
    choose: (minutes: number) => string;
    ignore: string;
  };
}

const en: MailWords = {
  greeting: (name) => `Dear ${name},`,
  signature: 'Replies — United Nations Secretariat',
  documentAttached: (channel) =>
    `The ${channel === 'NOTE_VERBALE' ? 'note verbale' : 'letter'} is attached as a Word document (DOCX).`,
  replyInPortal: 'Write, upload and submit the reply in the portal:',
  receipt: {
    subject: (symbol, reference) => `Receipt of your reply to ${symbol} (${reference})`,
    intro: (entity, symbol) =>
      `The Secretariat has received the reply of ${entity} to the request for views for the report ${symbol}.`,
    reference: 'Reference number',
    received: 'Date received',
    follow: 'Follow its review in the portal:',
    copy: (language) => `The text as submitted (${language})`,
    summary: 'Executive summary as submitted',
  },
  returned: {
    subject: (symbol) => `Your reply to ${symbol} has been returned for revision`,
    intro: (entity, symbol) =>
      `The Secretariat has returned the reply of ${entity} to the request for views for the report ${symbol} with this comment:`,
    revise: 'Please revise and resubmit it in the portal:',
  },
  accepted: {
    subject: (symbol) => `Your reply to ${symbol} has been accepted`,
    intro: (entity, symbol, reference) =>
      `The Secretariat has accepted the reply of ${entity} (reference ${reference}) for the report ${symbol}.`,
    decision: {
      FULL: 'Its text will be reproduced in the report.',
      SUMMARY: 'Its executive summary will be reproduced in the report; the full text will be published on the web.',
      WEB_ONLY: 'Because of its length, its full text will be published on the web and the report will refer to it.',
    },
    next: 'You will receive the public link when it is published.',
  },
  published: {
    subject: (symbol) => `Your reply has been published with the report ${symbol}`,
    intro: (entity, symbol) => `The report ${symbol} has been published, with the full text of the reply of ${entity}.`,
    fullText: 'The full text of the reply:',
    report: 'The report:',
  },
  digest: {
    subject: (count, date) => `Replies: ${count} new submission${count === 1 ? '' : 's'} (${date})`,
    intro: (count, since) =>
      `${count} repl${count === 1 ? 'y was' : 'ies were'} submitted since ${since} and await${count === 1 ? 's' : ''} review:`,
    item: (symbol, entity, received, reference) => `${symbol} — ${entity}, received ${received} (${reference})`,
  },
  activation: {
    subject: 'Your account on Replies',
    intro: (by) =>
      `${by ? `${by} has created` : 'An account has been created'}${by ? ' an account' : ''} for you on Replies, the portal through which States and international organizations answer the requests for views of the Secretary-General of the United Nations.`,
    role: (role, entity) =>
      role === 'FOCAL_POINT'
        ? `You are the focal point of ${entity}: you will receive the requests for views and can submit its replies.`
        : role === 'EDITOR'
          ? 'As an editor of the Secretariat, you will open reporting cycles and review the replies.'
          : 'As an administrator, you will manage the accounts and the States and organizations of the portal.',
    choose: (days) => `Choose your password to activate the account (the link is valid for ${days} days):`,
    once: 'The link can be used once. If you were not expecting this message, ignore it.',
  },
  reset: {
    subject: 'Choose a new password for Replies',
    intro: 'A new password was requested for your account on Replies.',
    choose: (minutes) => `Choose a new password (the link is valid for ${minutes} minutes and can be used once):`,
    ignore: 'If you did not ask for it, ignore this message: your password stays as it is.',
  },
};

const fr: MailWords = {
  greeting: (name) => `Bonjour ${name},`,
  signature: 'Replies — Secrétariat de l’Organisation des Nations Unies',
  documentAttached: (channel) =>
    `${channel === 'NOTE_VERBALE' ? 'La note verbale' : 'La lettre'} est jointe au format Word (DOCX).`,
  replyInPortal: 'Rédigez, téléversez et soumettez la réponse sur le portail :',
  receipt: {
    subject: (symbol, reference) => `Accusé de réception de votre réponse (${symbol}, ${reference})`,
    intro: (entity, symbol) =>
      `Le Secrétariat a reçu la réponse de ${entity} à la demande de vues pour le rapport ${symbol}.`,
    reference: 'Numéro de référence',
    received: 'Date de réception',
    follow: 'Suivez son examen sur le portail :',
    copy: (language) => `Le texte tel que soumis (${language})`,
    summary: 'Résumé analytique tel que soumis',
  },
  returned: {
    subject: (symbol) => `Votre réponse (${symbol}) vous est renvoyée pour révision`,
    intro: (entity, symbol) =>
      `Le Secrétariat a renvoyé la réponse de ${entity} à la demande de vues pour le rapport ${symbol} avec ce commentaire :`,
    revise: 'Veuillez la réviser et la soumettre à nouveau sur le portail :',
  },
  accepted: {
    subject: (symbol) => `Votre réponse (${symbol}) a été acceptée`,
    intro: (entity, symbol, reference) =>
      `Le Secrétariat a accepté la réponse de ${entity} (référence ${reference}) pour le rapport ${symbol}.`,
    decision: {
      FULL: 'Son texte sera reproduit dans le rapport.',
      SUMMARY: 'Son résumé analytique sera reproduit dans le rapport ; le texte intégral sera publié sur le Web.',
      WEB_ONLY: 'En raison de sa longueur, son texte intégral sera publié sur le Web et le rapport y renverra.',
    },
    next: 'Vous recevrez le lien public lors de sa publication.',
  },
  published: {
    subject: (symbol) => `Votre réponse a été publiée avec le rapport ${symbol}`,
    intro: (entity, symbol) => `Le rapport ${symbol} a été publié, avec le texte intégral de la réponse de ${entity}.`,
    fullText: 'Le texte intégral de la réponse :',
    report: 'Le rapport :',
  },
  digest: {
    subject: (count, date) =>
      `Replies : ${count} nouvelle${count > 1 ? 's' : ''} réponse${count > 1 ? 's' : ''} (${date})`,
    intro: (count, since) =>
      `${count} réponse${count > 1 ? 's ont été soumises' : ' a été soumise'} depuis le ${since} et attend${count > 1 ? 'ent' : ''} d’être examinée${count > 1 ? 's' : ''} :`,
    item: (symbol, entity, received, reference) => `${symbol} — ${entity}, reçue le ${received} (${reference})`,
  },
  activation: {
    subject: 'Votre compte sur Replies',
    intro: (by) =>
      `${by ? `${by} a créé` : 'Un compte a été créé'}${by ? ' un compte' : ''} pour vous sur Replies, le portail par lequel les États et les organisations internationales répondent aux demandes de vues du Secrétaire général de l’Organisation des Nations Unies.`,
    role: (role, entity) =>
      role === 'FOCAL_POINT'
        ? `Vous êtes le point de contact de ${entity} : vous recevrez les demandes de vues et pourrez en soumettre les réponses.`
        : role === 'EDITOR'
          ? 'En tant qu’éditeur du Secrétariat, vous ouvrirez les cycles de rapport et examinerez les réponses.'
          : 'En tant qu’administrateur, vous gérerez les comptes ainsi que les États et organisations du portail.',
    choose: (days) => `Choisissez votre mot de passe pour activer le compte (le lien est valable ${days} jours) :`,
    once: 'Le lien ne peut servir qu’une fois. Si vous n’attendiez pas ce message, ignorez-le.',
  },
  reset: {
    subject: 'Choisissez un nouveau mot de passe pour Replies',
    intro: 'Un nouveau mot de passe a été demandé pour votre compte sur Replies.',
    choose: (minutes) =>
      `Choisissez un nouveau mot de passe (le lien est valable ${minutes} minutes et ne peut servir qu’une fois) :`,
    ignore: 'Si vous ne l’avez pas demandé, ignorez ce message : votre mot de passe reste inchangé.',
  },
};

const es: MailWords = {
  greeting: (name) => `Estimado/a ${name}:`,
  signature: 'Replies — Secretaría de las Naciones Unidas',
  documentAttached: (channel) =>
    `${channel === 'NOTE_VERBALE' ? 'La nota verbal' : 'La carta'} se adjunta como documento de Word (DOCX).`,
  replyInPortal: 'Redacte, cargue y presente la respuesta en el portal:',
  receipt: {
    subject: (symbol, reference) => `Acuse de recibo de su respuesta (${symbol}, ${reference})`,
    intro: (entity, symbol) =>
      `La Secretaría ha recibido la respuesta de ${entity} a la solicitud de opiniones para el informe ${symbol}.`,
    reference: 'Número de referencia',
    received: 'Fecha de recepción',
    follow: 'Siga su examen en el portal:',
    copy: (language) => `El texto tal como se presentó (${language})`,
    summary: 'Resumen tal como se presentó',
  },
  returned: {
    subject: (symbol) => `Su respuesta (${symbol}) se ha devuelto para revisión`,
    intro: (entity, symbol) =>
      `La Secretaría ha devuelto la respuesta de ${entity} a la solicitud de opiniones para el informe ${symbol} con este comentario:`,
    revise: 'Sírvase revisarla y presentarla de nuevo en el portal:',
  },
  accepted: {
    subject: (symbol) => `Su respuesta (${symbol}) ha sido aceptada`,
    intro: (entity, symbol, reference) =>
      `La Secretaría ha aceptado la respuesta de ${entity} (referencia ${reference}) para el informe ${symbol}.`,
    decision: {
      FULL: 'Su texto se reproducirá en el informe.',
      SUMMARY: 'Su resumen se reproducirá en el informe; el texto completo se publicará en la web.',
      WEB_ONLY: 'Debido a su extensión, el texto completo se publicará en la web y el informe remitirá a él.',
    },
    next: 'Recibirá el enlace público cuando se publique.',
  },
  published: {
    subject: (symbol) => `Su respuesta se ha publicado con el informe ${symbol}`,
    intro: (entity, symbol) =>
      `Se ha publicado el informe ${symbol}, con el texto completo de la respuesta de ${entity}.`,
    fullText: 'El texto completo de la respuesta:',
    report: 'El informe:',
  },
  digest: {
    subject: (count, date) => `Replies: ${count} respuesta${count === 1 ? ' nueva' : 's nuevas'} (${date})`,
    intro: (count, since) =>
      `Desde el ${since} se ${count === 1 ? 'ha presentado 1 respuesta que espera' : `han presentado ${count} respuestas que esperan`} examen:`,
    item: (symbol, entity, received, reference) => `${symbol} — ${entity}, recibida el ${received} (${reference})`,
  },
  activation: {
    subject: 'Su cuenta en Replies',
    intro: (by) =>
      `${by ? `${by} ha creado` : 'Se ha creado'} una cuenta para usted en Replies, el portal por el que los Estados y las organizaciones internacionales responden a las solicitudes de opiniones del Secretario General de las Naciones Unidas.`,
    role: (role, entity) =>
      role === 'FOCAL_POINT'
        ? `Usted es el coordinador de ${entity}: recibirá las solicitudes de opiniones y podrá presentar sus respuestas.`
        : role === 'EDITOR'
          ? 'Como editor de la Secretaría, abrirá los ciclos de informe y examinará las respuestas.'
          : 'Como administrador, gestionará las cuentas y los Estados y organizaciones del portal.',
    choose: (days) => `Elija su contraseña para activar la cuenta (el enlace es válido durante ${days} días):`,
    once: 'El enlace solo puede usarse una vez. Si no esperaba este mensaje, no lo tenga en cuenta.',
  },
  reset: {
    subject: 'Elija una nueva contraseña para Replies',
    intro: 'Se ha solicitado una nueva contraseña para su cuenta en Replies.',
    choose: (minutes) =>
      `Elija una nueva contraseña (el enlace es válido durante ${minutes} minutos y solo puede usarse una vez):`,
    ignore: 'Si no la ha solicitado, no tenga en cuenta este mensaje: su contraseña no cambia.',
  },
};

const ru: MailWords = {
  greeting: (name) => `Уважаемый(ая) ${name}!`,
  signature: 'Replies — Секретариат Организации Объединенных Наций',
  documentAttached: (channel) =>
    `${channel === 'NOTE_VERBALE' ? 'Вербальная нота прилагается' : 'Письмо прилагается'} в виде документа Word (DOCX).`,
  replyInPortal: 'Подготовьте, загрузите и представьте ответ на портале:',
  receipt: {
    subject: (symbol, reference) => `Подтверждение получения ответа (${symbol}, ${reference})`,
    intro: (entity, symbol) =>
      `Секретариат получил ответ (${entity}) на просьбу представить мнения для доклада ${symbol}.`,
    reference: 'Регистрационный номер',
    received: 'Дата получения',
    follow: 'Следите за его рассмотрением на портале:',
    copy: (language) => `Текст в представленном виде (${language})`,
    summary: 'Резюме в представленном виде',
  },
  returned: {
    subject: (symbol) => `Ваш ответ (${symbol}) возвращен на доработку`,
    intro: (entity, symbol) =>
      `Секретариат вернул ответ (${entity}) на просьбу представить мнения для доклада ${symbol} со следующим замечанием:`,
    revise: 'Просим доработать его и представить повторно на портале:',
  },
  accepted: {
    subject: (symbol) => `Ваш ответ (${symbol}) принят`,
    intro: (entity, symbol, reference) =>
      `Секретариат принял ответ (${entity}, номер ${reference}) для доклада ${symbol}.`,
    decision: {
      FULL: 'Его текст будет воспроизведен в докладе.',
      SUMMARY: 'В докладе будет воспроизведено его резюме; полный текст будет опубликован на веб-сайте.',
      WEB_ONLY: 'Из-за объема полный текст будет опубликован на веб-сайте, и доклад будет содержать ссылку на него.',
    },
    next: 'Когда ответ будет опубликован, вы получите публичную ссылку.',
  },
  published: {
    subject: (symbol) => `Ваш ответ опубликован вместе с докладом ${symbol}`,
    intro: (entity, symbol) => `Доклад ${symbol} опубликован вместе с полным текстом ответа (${entity}).`,
    fullText: 'Полный текст ответа:',
    report: 'Доклад:',
  },
  digest: {
    subject: (count, date) => `Replies: новые ответы — ${count} (${date})`,
    intro: (count, since) => `С ${since} представлено ответов, ожидающих рассмотрения: ${count}.`,
    item: (symbol, entity, received, reference) => `${symbol} — ${entity}, получен ${received} (${reference})`,
  },
  activation: {
    subject: 'Ваша учетная запись в Replies',
    intro: (by) =>
      `${by ? `${by} создал(а) для вас` : 'Для вас создана'} учетную запись в Replies — портале, через который государства и международные организации отвечают на просьбы Генерального секретаря Организации Объединенных Наций представить мнения.`,
    role: (role, entity) =>
      role === 'FOCAL_POINT'
        ? `Вы — координатор (${entity}): вы будете получать просьбы представить мнения и сможете представлять ответы.`
        : role === 'EDITOR'
          ? 'Как редактор Секретариата вы будете открывать циклы подготовки докладов и рассматривать ответы.'
          : 'Как администратор вы будете управлять учетными записями, государствами и организациями портала.',
    choose: (days) => `Выберите пароль, чтобы активировать учетную запись (ссылка действительна ${days} дней):`,
    once: 'Ссылкой можно воспользоваться один раз. Если вы не ожидали этого сообщения, не обращайте на него внимания.',
  },
  reset: {
    subject: 'Выберите новый пароль для Replies',
    intro: 'Для вашей учетной записи в Replies запрошен новый пароль.',
    choose: (minutes) =>
      `Выберите новый пароль (ссылка действительна ${minutes} минут, ею можно воспользоваться один раз):`,
    ignore: 'Если вы не запрашивали новый пароль, не обращайте внимания на это сообщение: ваш пароль не изменится.',
  },
};

const zh: MailWords = {
  greeting: (name) => `${name}：您好！`,
  signature: 'Replies — 联合国秘书处',
  documentAttached: (channel) => `${channel === 'NOTE_VERBALE' ? '普通照会' : '信函'}以 Word 文档（DOCX）附后。`,
  replyInPortal: '请在门户网站上撰写、上传和提交答复：',
  receipt: {
    subject: (symbol, reference) => `答复回执（${symbol}，${reference}）`,
    intro: (entity, symbol) => `秘书处已收到${entity}就 ${symbol} 号报告征求意见所作的答复。`,
    reference: '编号',
    received: '收到日期',
    follow: '可在门户网站上查看审阅进度：',
    copy: (language) => `所提交的答复文本（${language}）`,
    summary: '所提交的执行摘要',
  },
  returned: {
    subject: (symbol) => `您就 ${symbol} 提交的答复已退回修改`,
    intro: (entity, symbol) => `秘书处已退回${entity}就 ${symbol} 号报告征求意见所作的答复，意见如下：`,
    revise: '请在门户网站上修改后重新提交：',
  },
  accepted: {
    subject: (symbol) => `您就 ${symbol} 提交的答复已被接受`,
    intro: (entity, symbol, reference) => `秘书处已接受${entity}为 ${symbol} 号报告提交的答复（编号 ${reference}）。`,
    decision: {
      FULL: '答复全文将载入报告。',
      SUMMARY: '报告将载入答复的执行摘要；答复全文将在网站上登载。',
      WEB_ONLY: '由于篇幅原因，答复全文将在网站上登载，报告中将注明其网址。',
    },
    next: '答复发布后，您将收到公开链接。',
  },
  published: {
    subject: (symbol) => `您的答复已随 ${symbol} 号报告发布`,
    intro: (entity, symbol) => `${symbol} 号报告已发布，${entity}的答复全文也已一并发布。`,
    fullText: '答复全文：',
    report: '报告：',
  },
  digest: {
    subject: (count, date) => `Replies：${count} 份新答复（${date}）`,
    intro: (count, since) => `自${since}以来共提交了 ${count} 份答复，有待审阅：`,
    item: (symbol, entity, received, reference) => `${symbol} — ${entity}，${received}收到（${reference}）`,
  },
  activation: {
    subject: '您在 Replies 上的账户',
    intro: (by) =>
      `${by ? `${by}已为您` : '已为您'}在 Replies 上创建账户。各国和国际组织通过这一门户网站答复联合国秘书长的征求意见。`,
    role: (role, entity) =>
      role === 'FOCAL_POINT'
        ? `您是${entity}的联络人：您将收到征求意见的请求，并可提交答复。`
        : role === 'EDITOR'
          ? '作为秘书处编辑，您将开启报告周期并审阅答复。'
          : '作为管理员，您将管理门户网站的账户以及各国和各组织。',
    choose: (days) => `请设置密码以激活账户（链接 ${days} 天内有效）：`,
    once: '该链接只能使用一次。如果您并未预期收到此邮件，请忽略。',
  },
  reset: {
    subject: '为 Replies 设置新密码',
    intro: '有人为您在 Replies 上的账户申请了新密码。',
    choose: (minutes) => `请设置新密码（链接 ${minutes} 分钟内有效，只能使用一次）：`,
    ignore: '如果不是您本人申请，请忽略此邮件：您的密码不会改变。',
  },
};

const ar: MailWords = {
  greeting: (name) => `السيد(ة) ${name}،`,
  signature: 'Replies — الأمانة العامة للأمم المتحدة',
  documentAttached: (channel) =>
    `${channel === 'NOTE_VERBALE' ? 'المذكرة الشفوية مرفقة' : 'الرسالة مرفقة'} في صورة مستند Word (DOCX).`,
  replyInPortal: 'يرجى إعداد الرد وتحميله وتقديمه عبر البوابة:',
  receipt: {
    subject: (symbol, reference) => `إشعار باستلام ردكم (${symbol}، ${reference})`,
    intro: (entity, symbol) => `تلقت الأمانة العامة رد ${entity} على طلب الآراء لأغراض التقرير ${symbol}.`,
    reference: 'الرقم المرجعي',
    received: 'تاريخ الاستلام',
    follow: 'تابعوا استعراضه عبر البوابة:',
    copy: (language) => `النص كما قُدِّم (${language})`,
    summary: 'الموجز التنفيذي كما قُدِّم',
  },
  returned: {
    subject: (symbol) => `أُعيد ردكم (${symbol}) لتنقيحه`,
    intro: (entity, symbol) =>
      `أعادت الأمانة العامة رد ${entity} على طلب الآراء لأغراض التقرير ${symbol} مع التعليق التالي:`,
    revise: 'يرجى تنقيحه وتقديمه من جديد عبر البوابة:',
  },
  accepted: {
    subject: (symbol) => `قُبل ردكم (${symbol})`,
    intro: (entity, symbol, reference) =>
      `قبلت الأمانة العامة رد ${entity} (الرقم المرجعي ${reference}) لأغراض التقرير ${symbol}.`,
    decision: {
      FULL: 'سيُستنسخ نصه في التقرير.',
      SUMMARY: 'سيُستنسخ موجزه التنفيذي في التقرير، وسيُنشر نصه الكامل على الموقع الشبكي.',
      WEB_ONLY: 'نظرا لطوله، سيُنشر نصه الكامل على الموقع الشبكي وسيشير إليه التقرير.',
    },
    next: 'ستتلقون الرابط العام عند نشره.',
  },
  published: {
    subject: (symbol) => `نُشر ردكم مع التقرير ${symbol}`,
    intro: (entity, symbol) => `نُشر التقرير ${symbol}، ومعه النص الكامل لرد ${entity}.`,
    fullText: 'النص الكامل للرد:',
    report: 'التقرير:',
  },
  digest: {
    subject: (count, date) => `Replies: ردود جديدة: ${count} (${date})`,
    intro: (count, since) => `عدد الردود المقدمة منذ ${since} والتي تنتظر الاستعراض: ${count}.`,
    item: (symbol, entity, received, reference) => `${symbol} — ${entity}، ورد في ${received} (${reference})`,
  },
  activation: {
    subject: 'حسابكم على Replies',
    intro: (by) =>
      `${by ? `أنشأ ${by}` : 'أُنشئ'} حسابا لكم على Replies، وهي البوابة التي ترد عبرها الدول والمنظمات الدولية على طلبات الآراء الصادرة عن الأمين العام للأمم المتحدة.`,
    role: (role, entity) =>
      role === 'FOCAL_POINT'
        ? `أنتم جهة التنسيق لـ ${entity}: ستتلقون طلبات الآراء ويمكنكم تقديم الردود.`
        : role === 'EDITOR'
          ? 'بصفتكم محررا في الأمانة العامة، ستفتحون دورات التقارير وتستعرضون الردود.'
          : 'بصفتكم مسؤولا عن الإدارة، ستديرون الحسابات والدول والمنظمات في البوابة.',
    choose: (days) => `اختاروا كلمة المرور لتفعيل الحساب (الرابط صالح لمدة ${days} أيام):`,
    once: 'لا يمكن استخدام الرابط إلا مرة واحدة. إذا لم تكونوا تتوقعون هذه الرسالة، فتجاهلوها.',
  },
  reset: {
    subject: 'اختيار كلمة مرور جديدة لـ Replies',
    intro: 'طُلبت كلمة مرور جديدة لحسابكم على Replies.',
    choose: (minutes) => `اختاروا كلمة مرور جديدة (الرابط صالح لمدة ${minutes} دقيقة ولا يُستخدم إلا مرة واحدة):`,
    ignore: 'إذا لم تطلبوا ذلك، فتجاهلوا هذه الرسالة: تبقى كلمة المرور كما هي.',
  },
};

export const MAIL_WORDS: Record<TLanguage, MailWords> = { en, fr, es, ru, zh, ar };
