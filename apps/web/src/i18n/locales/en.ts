import type { LocaleResource } from '../types';

/**
 * English, the reference language: its shape is the type every other resource file must match.
 * `{{name}}` are interpolation variables; keep them as they are in translations.
 */
const translation = {
  app: {
    name: 'Replies',
    pageTitle: '{{page}} – Replies',
    loading: 'Loading…',
    skipToContent: 'Skip to main content',
  },
  language: {
    label: 'Language',
  },
  nav: {
    label: 'Main',
    home: 'Home',
    users: 'Users',
    entities: 'Entities',
  },
  header: {
    signedInAs: 'Signed in as',
    signOut: 'Sign out',
  },
  login: {
    title: 'Sign in to Replies',
    email: 'E-mail',
    password: 'Password',
    submit: 'Sign in',
    invalidCredentials: 'E-mail or password is incorrect.',
    sessionEnded: 'Your session has ended. Please sign in again.',
  },
  home: {
    title: 'Home',
    welcome: 'Welcome, {{name}}',
    focalPointFor: 'Focal point for {{entity}}',
    focalPointWithoutEntity: 'Focal point',
    editor: 'Secretariat editor',
    admin: 'Administrator',
  },
  roles: {
    FOCAL_POINT: 'Focal point',
    EDITOR: 'Editor',
    ADMIN: 'Administrator',
  },
  /** One entity of the type, as in a table cell. */
  entityTypes: {
    STATE: 'State',
    UN_SYSTEM: 'United Nations system',
    OTHER: 'Other international organization',
  },
  /** All entities of the type, as a group heading or a filter. */
  entityGroups: {
    STATE: 'States',
    UN_SYSTEM: 'United Nations system',
    OTHER: 'Other international organizations',
  },
  /** The six official languages, as labels of the name fields. */
  languageNames: {
    en: 'English',
    fr: 'French',
    es: 'Spanish',
    ru: 'Russian',
    zh: 'Chinese',
    ar: 'Arabic',
  },
  form: {
    save: 'Save',
    cancel: 'Cancel',
    edit: 'Edit',
  },
  users: {
    title: 'Users',
    listTitle: 'Accounts',
    columns: {
      email: 'E-mail',
      name: 'Name',
      role: 'Role',
      entity: 'Entity',
      status: 'Status',
      actions: 'Actions',
    },
    active: 'Active',
    disabled: 'Disabled',
    you: '(you)',
    noEntity: '—',
    empty: 'No users yet.',
    roleFor: 'Role for {{email}}',
    entityFor: 'Entity for {{email}}',
    disable: 'Disable',
    enable: 'Enable',
    entityRequired: 'Choose the entity this focal point speaks for.',
    saved: 'Changes to {{email}} saved.',
    disabledDone: '{{email}} is disabled and can no longer sign in.',
    enabledDone: '{{email}} is enabled and can sign in again.',
    form: {
      title: 'New user',
      email: 'E-mail',
      name: 'Name',
      password: 'Password',
      passwordHint: 'At least {{min}} characters.',
      role: 'Role',
      entity: 'Entity',
      chooseEntity: 'Choose a State or organization',
      submit: 'Create user',
      created: 'User created.',
    },
  },
  entities: {
    title: 'Entities',
    listTitle: 'States and organizations',
    filter: {
      label: 'Type',
      all: 'All types',
    },
    shown: 'Showing {{shown}} of {{total}}.',
    columns: {
      code: 'Code',
      type: 'Type',
      actions: 'Actions',
    },
    missing: 'Missing',
    empty: 'No entity of this type.',
    editTitle: 'Edit names: {{code}}',
    namesLegend: 'Names',
    namesHint: 'The English name is required; the other names can be added later.',
    saved: 'Names of {{code}} saved.',
    form: {
      title: 'New organization',
      code: 'Code',
      codeHint: '2 to 16 capital letters, digits or dashes, starting with a letter (for example UNICEF).',
      group: 'Group',
      submit: 'Add organization',
      added: 'Organization added.',
    },
  },
  errors: {
    generic: 'Something went wrong. Please try again.',
    network: 'The server cannot be reached. Check your connection and try again.',
    loadFailed: 'This list could not be loaded.',
    retry: 'Try again',
  },
  /** Used when the API gives no message of its own, or to translate a known code into another language. */
  apiErrors: {
    INVALID_CREDENTIALS: 'E-mail or password is incorrect.',
    TOO_MANY_ATTEMPTS: 'Too many attempts. Please wait a few minutes before trying again.',
    EMAIL_TAKEN: 'A user with this e-mail address already exists.',
    ENTITY_EXISTS: 'An entity with this code already exists.',
    LAST_ADMIN: 'This is the last active administrator: make another administrator first.',
    VALIDATION: 'Some fields are missing or invalid.',
    CSRF: 'Your session could not be verified. Reload the page and try again.',
    FORBIDDEN: 'You are not allowed to do this.',
    NOT_FOUND: 'It no longer exists.',
    UNAUTHENTICATED: 'Your session has ended. Please sign in again.',
  },
  notFound: {
    title: 'Page not found',
    text: 'There is no page at this address.',
    home: 'Go to the home page',
  },
  forbidden: {
    title: 'Not allowed',
    text: 'This page is for administrators.',
  },
};

export type Messages = typeof translation;

const en: LocaleResource = {
  translation,
  // English is the language of the API and of the shared validation messages: nothing to translate.
  messages: {},
};

export default en;
