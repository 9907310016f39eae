import type { Messages } from './types';

type Join<P extends string, K extends string> = P extends '' ? K : `${P}.${K}`;
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? Join<P, K> : Leaves<T[K], Join<P, K>>;
}[keyof T & string];
type PluralCategory = Intl.LDMLPluralRule;
type WithoutPlural<K> = K extends `${infer Base}_${PluralCategory}` ? Base : K;

/** Every interface string's key (`login.submit`), a plural one without its suffix (`cycle.daysLeft` for `cycle.daysLeft_one`). */
export type TranslationKey = WithoutPlural<Leaves<Messages>>;
/** Values for the `{{name}}` placeholders of a string; a number `count` also chooses its plural form. */
export type TranslationValues = Record<string, unknown> & { count?: number | string };
export type TFunction = (key: TranslationKey, values?: TranslationValues) => string;
export type Namespace = 'translation' | 'messages';

const PLACEHOLDER = /{{\s*([\w.]+)\s*}}/g;

function at(tree: unknown, path: readonly string[]): unknown {
  let node = tree;
  for (const part of path) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/**
 * The interface strings of the languages loaded so far, and the current language: what the web app
 * needs of an i18n library (dotted keys, `{{name}}` placeholders, CLDR plural forms `_one`, `_few`…),
 * in a few hundred bytes instead of i18next's sixteen kilobytes on every first visit.
 */
export class Translator {
  private readonly bundles = new Map<string, Record<string, unknown>>();
  private readonly listeners = new Set<(language: string) => void>();
  private readonly plurals = new Map<string, Intl.PluralRules>();
  private readonly fixed = new Map<string, TFunction>();
  private current: string;

  constructor(language: string) {
    this.current = language;
  }

  get language(): string {
    return this.current;
  }

  /** Same as `language`: the name i18next gave it, kept for the callers. */
  get resolvedLanguage(): string {
    return this.current;
  }

  addResourceBundle(language: string, namespace: Namespace, resources: object): void {
    this.bundles.set(`${language}/${namespace}`, resources as Record<string, unknown>);
    this.fixed.delete(language);
  }

  hasResourceBundle(language: string, namespace: Namespace): boolean {
    return this.bundles.has(`${language}/${namespace}`);
  }

  /** A value by its dotted key; with `keySeparator: false`, by the whole key (messages keyed by English text). */
  getResource(language: string, namespace: Namespace, key: string, options?: { keySeparator?: false }): unknown {
    const bundle = this.bundles.get(`${language}/${namespace}`);
    if (!bundle) return undefined;
    return options?.keySeparator === false ? bundle[key] : at(bundle, key.split('.'));
  }

  exists(key: string): boolean {
    return typeof this.getResource(this.current, 'translation', key) === 'string';
  }

  /** The string of `key` in the current language, its placeholders filled; the key itself when there is none. */
  t: TFunction = (key, values) => this.translate(this.current, key, values);

  /** A `t` bound to one language: a new function for each language, so memoized views update. */
  getFixedT(language: string = this.current): TFunction {
    let t = this.fixed.get(language);
    if (!t) {
      t = (key, values) => this.translate(language, key, values);
      this.fixed.set(language, t);
    }
    return t;
  }

  async changeLanguage(language: string): Promise<void> {
    if (language === this.current) return;
    this.current = language;
    for (const listener of this.listeners) listener(language);
    return Promise.resolve();
  }

  on(_event: 'languageChanged', listener: (language: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private translate(language: string, key: string, values?: TranslationValues): string {
    const template = this.lookup(language, key, values?.count);
    if (template === undefined) return key;
    if (!values) return template;
    return template.replace(PLACEHOLDER, (whole, name: string) => {
      const value = at(values, name.split('.'));
      if (typeof value === 'string') return value;
      return typeof value === 'number' || typeof value === 'boolean' ? String(value) : whole;
    });
  }

  private lookup(language: string, key: string, count: unknown): string | undefined {
    const text = (path: string) => {
      const value = this.getResource(language, 'translation', path);
      return typeof value === 'string' ? value : undefined;
    };
    if (typeof count === 'number') {
      const category = this.pluralRules(language).select(count);
      const plural = text(`${key}_${category}`) ?? text(`${key}_other`);
      if (plural !== undefined) return plural;
    }
    return text(key);
  }

  private pluralRules(language: string): Intl.PluralRules {
    let rules = this.plurals.get(language);
    if (!rules) {
      rules = new Intl.PluralRules(language);
      this.plurals.set(language, rules);
    }
    return rules;
  }
}
