import { PASSWORD_MIN_LENGTH } from '@replies/shared';
import type { LocaleResource, Messages } from '../types';

/** Simplified Chinese. Same keys as en.ts (the type checks it); keep the {{variables}} as they are. */
const translation: Messages = {
  app: {
    name: '答复',
    pageTitle: '{{page}} – 答复',
    loading: '正在加载…',
    skipToContent: '跳至主要内容',
  },
  language: {
    label: '语言',
  },
  nav: {
    label: '主导航',
    home: '首页',
    users: '用户',
    entities: '实体',
  },
  header: {
    signedInAs: '当前用户',
    signOut: '退出',
  },
  login: {
    title: '登录“答复”',
    email: '电子邮件',
    password: '密码',
    submit: '登录',
    invalidCredentials: '电子邮件或密码不正确。',
    sessionEnded: '您的会话已结束，请重新登录。',
  },
  home: {
    title: '首页',
    welcome: '欢迎，{{name}}',
    focalPointFor: '{{entity}}协调人',
    focalPointWithoutEntity: '协调人',
    editor: '秘书处编辑',
    admin: '管理员',
  },
  roles: {
    FOCAL_POINT: '协调人',
    EDITOR: '编辑',
    ADMIN: '管理员',
  },
  entityTypes: {
    STATE: '国家',
    UN_SYSTEM: '联合国系统',
    OTHER: '其他国际组织',
  },
  entityGroups: {
    STATE: '国家',
    UN_SYSTEM: '联合国系统',
    OTHER: '其他国际组织',
  },
  languageNames: {
    en: '英文',
    fr: '法文',
    es: '西班牙文',
    ru: '俄文',
    zh: '中文',
    ar: '阿拉伯文',
  },
  form: {
    save: '保存',
    cancel: '取消',
    edit: '编辑',
  },
  users: {
    title: '用户',
    listTitle: '账户',
    columns: {
      email: '电子邮件',
      name: '姓名',
      role: '角色',
      entity: '实体',
      status: '状态',
      actions: '操作',
    },
    active: '已启用',
    disabled: '已停用',
    you: '（您本人）',
    noEntity: '—',
    empty: '尚无用户。',
    roleFor: '{{email}} 的角色',
    entityFor: '{{email}} 的实体',
    disable: '停用',
    enable: '启用',
    entityRequired: '请选择该协调人所代表的国家或组织。',
    saved: '已保存对 {{email}} 的更改。',
    disabledDone: '{{email}} 已停用，无法再登录。',
    enabledDone: '{{email}} 已启用，可以重新登录。',
    form: {
      title: '新用户',
      email: '电子邮件',
      name: '姓名',
      password: '密码',
      passwordHint: '至少 {{min}} 个字符。',
      role: '角色',
      entity: '实体',
      chooseEntity: '请选择国家或组织',
      submit: '创建用户',
      created: '用户已创建。',
    },
  },
  entities: {
    title: '实体',
    listTitle: '国家和组织',
    filter: {
      label: '类型',
      all: '所有类型',
    },
    shown: '显示 {{shown}} 个，共 {{total}} 个。',
    columns: {
      code: '代码',
      type: '类型',
      actions: '操作',
    },
    missing: '缺失',
    empty: '没有此类型的实体。',
    editTitle: '编辑名称：{{code}}',
    namesLegend: '名称',
    namesHint: '英文名称为必填项；其他语言的名称可以稍后补充。',
    saved: '已保存 {{code}} 的名称。',
    form: {
      title: '新组织',
      code: '代码',
      codeHint: '2 至 16 个大写字母、数字或连字符，以字母开头（例如 UNICEF）。',
      group: '类别',
      submit: '添加组织',
      added: '组织已添加。',
    },
  },
  errors: {
    generic: '出现问题，请重试。',
    network: '无法连接服务器。请检查网络连接后重试。',
    loadFailed: '无法加载此列表。',
    retry: '重试',
  },
  apiErrors: {
    INVALID_CREDENTIALS: '电子邮件或密码不正确。',
    TOO_MANY_ATTEMPTS: '尝试次数过多。请等待几分钟后再试。',
    EMAIL_TAKEN: '使用此电子邮件地址的用户已存在。',
    ENTITY_EXISTS: '使用此代码的实体已存在。',
    LAST_ADMIN: '这是最后一位有效的管理员：请先指定另一位管理员。',
    VALIDATION: '部分字段缺失或无效。',
    CSRF: '无法验证您的会话。请重新加载页面后重试。',
    FORBIDDEN: '您无权执行此操作。',
    NOT_FOUND: '该项已不存在。',
    UNAUTHENTICATED: '您的会话已结束，请重新登录。',
  },
  notFound: {
    title: '找不到页面',
    text: '此地址没有页面。',
    home: '返回首页',
  },
  forbidden: {
    title: '无权访问',
    text: '此页面仅供管理员使用。',
  },
};

/** The English messages of the shared schemas and of the API, as they arrive, and their translation. */
const messages: Record<string, string> = {
  'Enter your e-mail address.': '请输入电子邮件地址。',
  'Enter your password.': '请输入密码。',
  'Enter a valid e-mail address.': '请输入有效的电子邮件地址。',
  [`A password has at least ${PASSWORD_MIN_LENGTH} characters.`]: `密码至少需要 ${PASSWORD_MIN_LENGTH} 个字符。`,
  'A password has at most 200 characters.': '密码最多 200 个字符。',
  'The name is required.': '请填写姓名。',
  'A focal point speaks for one State or organization: choose its entity.': '协调人代表一个国家或组织：请选择其实体。',
  'Only focal points are bound to an entity; leave the entity empty.': '只有协调人与实体关联；请将实体留空。',
  'The English name is required.': '英文名称为必填项。',
  'A code is 2 to 16 capital letters, digits or dashes, starting with a letter.':
    '代码由 2 至 16 个大写字母、数字或连字符组成，并以字母开头。',
  'Too big: expected string to have <=300 characters': '过长：最多 300 个字符。',
  'Too big: expected string to have <=200 characters': '过长：最多 200 个字符。',
  'E-mail or password is incorrect.': '电子邮件或密码不正确。',
  'Some fields are missing or invalid.': '部分字段缺失或无效。',
  'You are not allowed to do this.': '您无权执行此操作。',
  'Sign in to continue.': '请登录后继续。',
  'This request lacks its security token. Reload the page and try again.': '此请求缺少安全令牌。请重新加载页面后重试。',
  'This is the last active administrator: make another administrator first.': '这是最后一位有效的管理员：请先指定另一位管理员。',
  'Something went wrong on our side. Please try again.': '服务器出现问题，请重试。',
};

const zh: LocaleResource = { translation, messages };

export default zh;
