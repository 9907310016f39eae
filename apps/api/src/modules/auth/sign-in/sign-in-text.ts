import type { TLanguage } from '@replies/shared';

/**
 * The words of the sign-in pages, which the server renders itself (no script to download): the same
 * as the web app's in each language (its locales hold the rest of the interface).
 */
export interface SignInText {
  name: string;
  pageTitle: string;
  skipToContent: string;
  language: string;
  title: string;
  email: string;
  password: string;
  submit: string;
  forgot: string;
  sessionEnded: string;
  codeIntro: string;
  code: string;
  codeHint: string;
  verify: string;
  restart: string;
  errorSummaryTitle: string;
  errorSummaryEntry: string;
  invalidCredentials: string;
  invalidCode: string;
  tooManyAttempts: string;
  tooManyRequests: string;
  loginExpired: string;
  crossSite: string;
  unavailable: string;
  enterEmail: string;
  enterPassword: string;
  enterCode: string;
}

export const SIGN_IN_TEXT: Record<TLanguage, SignInText> = {
  en: {
    name: 'Replies',
    pageTitle: '{{page}} – Replies',
    skipToContent: 'Skip to main content',
    language: 'Language',
    title: 'Sign in to Replies',
    email: 'E-mail',
    password: 'Password',
    submit: 'Sign in',
    forgot: 'Forgot your password?',
    sessionEnded: 'Your session has ended. Please sign in again.',
    codeIntro: 'Your account is protected by two-factor sign-in: enter the code your authenticator app shows now.',
    code: 'Code',
    codeHint: 'The 6-digit code of your app, or one of your recovery codes.',
    verify: 'Verify',
    restart: 'Start again',
    errorSummaryTitle: 'There is a problem',
    errorSummaryEntry: '{{label}}: {{message}}',
    invalidCredentials: 'E-mail or password is incorrect.',
    invalidCode: 'This code is not valid: enter the current code of your app.',
    tooManyAttempts: 'Too many attempts. Please wait a few minutes before trying again.',
    tooManyRequests: 'Too many requests. Please wait a moment and try again.',
    loginExpired: 'Your sign-in has expired: enter your e-mail and password again.',
    crossSite: 'Your session could not be verified. Reload the page and try again.',
    unavailable: 'The database does not answer at the moment. Please try again shortly.',
    enterEmail: 'Enter your e-mail address.',
    enterPassword: 'Enter your password.',
    enterCode: 'Enter the 6-digit code of your app, or a recovery code.',
  },
  fr: {
    name: 'Réponses',
    pageTitle: '{{page}} – Réponses',
    skipToContent: 'Aller au contenu principal',
    language: 'Langue',
    title: 'Se connecter au portail Réponses',
    email: 'Courriel',
    password: 'Mot de passe',
    submit: 'Se connecter',
    forgot: 'Mot de passe oublié ?',
    sessionEnded: 'Votre session a pris fin. Veuillez vous reconnecter.',
    codeIntro:
      'Votre compte est protégé par la connexion à deux facteurs : saisissez le code qu’affiche maintenant votre application d’authentification.',
    code: 'Code',
    codeHint: 'Le code à 6 chiffres de votre application, ou l’un de vos codes de récupération.',
    verify: 'Vérifier',
    restart: 'Recommencer',
    errorSummaryTitle: 'Il y a un problème',
    errorSummaryEntry: '{{label}} : {{message}}',
    invalidCredentials: 'Le courriel ou le mot de passe est incorrect.',
    invalidCode: 'Ce code n’est pas valide : saisissez le code actuel de votre application.',
    tooManyAttempts: 'Trop de tentatives. Veuillez patienter quelques minutes avant de réessayer.',
    tooManyRequests: 'Trop de requêtes. Veuillez patienter un instant et réessayer.',
    loginExpired: 'Votre connexion a expiré : saisissez de nouveau votre adresse électronique et votre mot de passe.',
    crossSite: 'Votre session n’a pas pu être vérifiée. Rechargez la page et réessayez.',
    unavailable: 'La base de données ne répond pas pour le moment. Veuillez réessayer dans quelques instants.',
    enterEmail: 'Saisissez votre adresse électronique.',
    enterPassword: 'Saisissez votre mot de passe.',
    enterCode: 'Saisissez le code à 6 chiffres de votre application, ou un code de récupération.',
  },
  es: {
    name: 'Respuestas',
    pageTitle: '{{page}} – Respuestas',
    skipToContent: 'Ir al contenido principal',
    language: 'Idioma',
    title: 'Iniciar sesión en el portal Respuestas',
    email: 'Correo electrónico',
    password: 'Contraseña',
    submit: 'Iniciar sesión',
    forgot: '¿Olvidó su contraseña?',
    sessionEnded: 'Su sesión ha finalizado. Vuelva a iniciar sesión.',
    codeIntro:
      'Su cuenta está protegida por el inicio de sesión en dos pasos: introduzca el código que muestra ahora su aplicación de autenticación.',
    code: 'Código',
    codeHint: 'El código de 6 dígitos de su aplicación, o uno de sus códigos de recuperación.',
    verify: 'Verificar',
    restart: 'Volver a empezar',
    errorSummaryTitle: 'Hay un problema',
    errorSummaryEntry: '{{label}}: {{message}}',
    invalidCredentials: 'El correo electrónico o la contraseña no son correctos.',
    invalidCode: 'Este código no es válido: introduzca el código actual de su aplicación.',
    tooManyAttempts: 'Demasiados intentos. Espere unos minutos antes de volver a intentarlo.',
    tooManyRequests: 'Demasiadas solicitudes. Espere un momento e inténtelo de nuevo.',
    loginExpired: 'Su inicio de sesión ha caducado: introduzca de nuevo su correo y su contraseña.',
    crossSite: 'No se ha podido verificar su sesión. Vuelva a cargar la página e inténtelo de nuevo.',
    unavailable: 'La base de datos no responde en este momento. Inténtelo de nuevo en breve.',
    enterEmail: 'Introduzca su dirección de correo electrónico.',
    enterPassword: 'Introduzca su contraseña.',
    enterCode: 'Introduzca el código de 6 dígitos de su aplicación, o un código de recuperación.',
  },
  ru: {
    name: 'Ответы',
    pageTitle: '{{page}} – Ответы',
    skipToContent: 'Перейти к основному содержанию',
    language: 'Язык',
    title: 'Вход в портал «Ответы»',
    email: 'Электронная почта',
    password: 'Пароль',
    submit: 'Войти',
    forgot: 'Забыли пароль?',
    sessionEnded: 'Ваш сеанс завершен. Войдите снова.',
    codeIntro:
      'Ваша учетная запись защищена двухфакторным входом: введите код, который сейчас показывает приложение-аутентификатор.',
    code: 'Код',
    codeHint: 'Шестизначный код из приложения или один из резервных кодов.',
    verify: 'Проверить',
    restart: 'Начать заново',
    errorSummaryTitle: 'Есть ошибки',
    errorSummaryEntry: '{{label}}: {{message}}',
    invalidCredentials: 'Неверный адрес электронной почты или пароль.',
    invalidCode: 'Код недействителен: введите текущий код из приложения.',
    tooManyAttempts: 'Слишком много попыток. Подождите несколько минут и повторите попытку.',
    tooManyRequests: 'Слишком много запросов. Подождите немного и повторите попытку.',
    loginExpired: 'Время входа истекло: снова введите адрес электронной почты и пароль.',
    crossSite: 'Не удалось проверить ваш сеанс. Перезагрузите страницу и повторите попытку.',
    unavailable: 'База данных сейчас не отвечает. Повторите попытку немного позже.',
    enterEmail: 'Введите адрес электронной почты.',
    enterPassword: 'Введите пароль.',
    enterCode: 'Введите шестизначный код из приложения или резервный код.',
  },
  zh: {
    name: '答复',
    pageTitle: '{{page}} – 答复',
    skipToContent: '跳至主要内容',
    language: '语言',
    title: '登录“答复”',
    email: '电子邮件',
    password: '密码',
    submit: '登录',
    forgot: '忘记密码？',
    sessionEnded: '您的会话已结束，请重新登录。',
    codeIntro: '您的账户受双重验证保护：请输入身份验证应用当前显示的验证码。',
    code: '验证码',
    codeHint: '应用中的 6 位验证码，或您的一个恢复码。',
    verify: '验证',
    restart: '重新开始',
    errorSummaryTitle: '存在问题',
    errorSummaryEntry: '{{label}}：{{message}}',
    invalidCredentials: '电子邮件或密码不正确。',
    invalidCode: '验证码无效：请输入应用当前显示的验证码。',
    tooManyAttempts: '尝试次数过多。请等待几分钟后再试。',
    tooManyRequests: '请求过多。请稍候再试。',
    loginExpired: '登录已超时：请重新输入电子邮件和密码。',
    crossSite: '无法验证您的会话。请重新加载页面后重试。',
    unavailable: '数据库暂时没有响应。请稍后再试。',
    enterEmail: '请输入电子邮件地址。',
    enterPassword: '请输入密码。',
    enterCode: '请输入应用中的 6 位验证码，或一个恢复码。',
  },
  ar: {
    name: 'الردود',
    pageTitle: '{{page}} – الردود',
    skipToContent: 'الانتقال إلى المحتوى الرئيسي',
    language: 'اللغة',
    title: 'تسجيل الدخول إلى بوابة الردود',
    email: 'البريد الإلكتروني',
    password: 'كلمة المرور',
    submit: 'تسجيل الدخول',
    forgot: 'هل نسيتم كلمة المرور؟',
    sessionEnded: 'انتهت جلستك. يرجى تسجيل الدخول مرة أخرى.',
    codeIntro: 'حسابكم محمي بتسجيل الدخول بعاملين: أدخلوا الرمز الذي يعرضه الآن تطبيق المصادقة.',
    code: 'الرمز',
    codeHint: 'الرمز المكون من 6 أرقام في التطبيق، أو أحد رموز الاسترداد.',
    verify: 'تحقق',
    restart: 'البدء من جديد',
    errorSummaryTitle: 'توجد مشكلة',
    errorSummaryEntry: '{{label}}: {{message}}',
    invalidCredentials: 'البريد الإلكتروني أو كلمة المرور غير صحيحة.',
    invalidCode: 'هذا الرمز غير صالح: أدخلوا الرمز الحالي في التطبيق.',
    tooManyAttempts: 'محاولات كثيرة جدًا. يرجى الانتظار بضع دقائق قبل المحاولة مرة أخرى.',
    tooManyRequests: 'طلبات كثيرة جدًا. يرجى الانتظار قليلًا ثم المحاولة مرة أخرى.',
    loginExpired: 'انتهت مهلة تسجيل الدخول: أدخلوا البريد الإلكتروني وكلمة المرور من جديد.',
    crossSite: 'تعذر التحقق من جلستك. أعد تحميل الصفحة وحاول مرة أخرى.',
    unavailable: 'قاعدة البيانات لا تستجيب حاليًا. يرجى المحاولة مرة أخرى بعد قليل.',
    enterEmail: 'أدخل عنوان بريدك الإلكتروني.',
    enterPassword: 'أدخل كلمة المرور.',
    enterCode: 'أدخلوا الرمز المكون من 6 أرقام في التطبيق، أو رمز استرداد.',
  },
};
