const ONES = [
  '',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINAL_ONES: Record<string, string> = {
  one: 'first',
  two: 'second',
  three: 'third',
  five: 'fifth',
  eight: 'eighth',
  nine: 'ninth',
  twelve: 'twelfth',
};

function englishCardinal(n: number): string {
  if (n < 20) return ONES[n];
  if (n < 100) return TENS[Math.floor(n / 10)] + (n % 10 ? `-${ONES[n % 10]}` : '');
  return `${ONES[Math.floor(n / 100)]} hundred${n % 100 ? ` and ${englishCardinal(n % 100)}` : ''}`;
}

/** 65 → "sixty-fifth", as UN documents name General Assembly sessions (1 to 999). */
export function englishOrdinal(n: number): string {
  const cardinal = englishCardinal(n);
  const match = cardinal.match(/([a-z]+)$/)!;
  const last = match[1];
  const ordinal = ORDINAL_ONES[last] ?? (last.endsWith('y') ? `${last.slice(0, -1)}ieth` : `${last}th`);
  return cardinal.slice(0, match.index) + ordinal;
}

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 65 → "六十五", 10 → "十", 105 → "一百零五" (1 to 999), as in 第六十五届会议. */
export function chineseNumber(n: number): string {
  if (n < 10) return CHINESE_DIGITS[n];
  if (n < 20) return `十${n % 10 ? CHINESE_DIGITS[n % 10] : ''}`;
  if (n < 100) return `${CHINESE_DIGITS[Math.floor(n / 10)]}十${n % 10 ? CHINESE_DIGITS[n % 10] : ''}`;
  const rest = n % 100;
  const restText =
    rest === 0
      ? ''
      : rest < 10
        ? `零${CHINESE_DIGITS[rest]}`
        : rest < 20
          ? `一${chineseNumber(rest)}`
          : chineseNumber(rest);
  return `${CHINESE_DIGITS[Math.floor(n / 100)]}百${restText}`;
}

const FR_UNITS = [
  '',
  'un',
  'deux',
  'trois',
  'quatre',
  'cinq',
  'six',
  'sept',
  'huit',
  'neuf',
  'dix',
  'onze',
  'douze',
  'treize',
  'quatorze',
  'quinze',
  'seize',
];
const FR_TENS = ['', 'dix', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'];

function frenchCardinal(n: number): string {
  if (n <= 16) return FR_UNITS[n];
  if (n < 20) return `dix-${FR_UNITS[n - 10]}`;
  if (n >= 100)
    return `${n >= 200 ? `${FR_UNITS[Math.floor(n / 100)]} ` : ''}cent${n % 100 ? ` ${frenchCardinal(n % 100)}` : ''}`;
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  if (tens === 7 || tens === 9) {
    const base = tens === 7 ? 'soixante' : 'quatre-vingt';
    return `${base}${unit === 1 && tens === 7 ? ' et ' : '-'}${frenchCardinal(10 + unit)}`;
  }
  if (tens === 8) return unit ? `quatre-vingt-${FR_UNITS[unit]}` : 'quatre-vingts';
  if (!unit) return FR_TENS[tens];
  return `${FR_TENS[tens]}${unit === 1 ? ' et un' : `-${FR_UNITS[unit]}`}`;
}

/** 65 → "soixante-cinquième", 1 → "première" (for a feminine noun such as "session"). */
export function frenchOrdinal(n: number): string {
  if (n === 1) return 'première';
  const cardinal = frenchCardinal(n);
  return cardinal
    .replace(/quatre-vingts$/, 'quatre-vingt')
    .replace(/cinq$/, 'cinqu')
    .replace(/neuf$/, 'neuv')
    .replace(/e$/, '')
    .concat('ième');
}

const ES_UNITS = ['', 'primer', 'segundo', 'tercer', 'cuarto', 'quinto', 'sexto', 'séptimo', 'octavo', 'noveno'];
const ES_TENS = [
  '',
  'décimo',
  'vigésimo',
  'trigésimo',
  'cuadragésimo',
  'quincuagésimo',
  'sexagésimo',
  'septuagésimo',
  'octogésimo',
  'nonagésimo',
];

// 13 to 19 are written as one word: "decimotercer período de sesiones".
const ES_TEENS: Record<number, string> = {
  11: 'undécimo',
  12: 'duodécimo',
  13: 'decimotercer',
  14: 'decimocuarto',
  15: 'decimoquinto',
  16: 'decimosexto',
  17: 'decimoséptimo',
  18: 'decimoctavo',
  19: 'decimonoveno',
};

/** 65 → "sexagésimo quinto", 61 → "sexagésimo primer", 13 → "decimotercer", as in "período de sesiones" (1 to 99). */
export function spanishOrdinal(n: number): string {
  const tens = Math.floor(n / 10) % 10;
  const unit = n % 10;
  if (ES_TEENS[n % 100]) return ES_TEENS[n % 100];
  return [ES_TENS[tens], ES_UNITS[unit]].filter(Boolean).join(' ');
}
