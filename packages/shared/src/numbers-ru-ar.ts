/**
 * Ordinals in words for Russian and Arabic, as UN documents write session numbers: «Шестьдесят пятая
 * сессия», «на ее шестьдесят пятой сессии»; «الدورة الخامسة والستون», «في دورتها الخامسة والستين».
 * Feminine, to agree with «сессия» and «الدورة». Checked against the session lines of the UN
 * Parallel Corpus (2015 documents) for 3, 9, 14, 24, 25, 28, 48, 54, 55, 59 and 69.
 */

type RussianCase = 'nominative' | 'prepositional';

const RU_UNIT_ORDINALS = [
  '',
  'первая',
  'вторая',
  'третья',
  'четвертая',
  'пятая',
  'шестая',
  'седьмая',
  'восьмая',
  'девятая',
  'десятая',
  'одиннадцатая',
  'двенадцатая',
  'тринадцатая',
  'четырнадцатая',
  'пятнадцатая',
  'шестнадцатая',
  'семнадцатая',
  'восемнадцатая',
  'девятнадцатая',
];
const RU_TEN_ORDINALS = [
  '',
  '',
  'двадцатая',
  'тридцатая',
  'сороковая',
  'пятидесятая',
  'шестидесятая',
  'семидесятая',
  'восьмидесятая',
  'девяностая',
];
const RU_TEN_CARDINALS = [
  '',
  '',
  'двадцать',
  'тридцать',
  'сорок',
  'пятьдесят',
  'шестьдесят',
  'семьдесят',
  'восемьдесят',
  'девяносто',
];
const RU_HUNDRED_CARDINALS = [
  '',
  'сто',
  'двести',
  'триста',
  'четыреста',
  'пятьсот',
  'шестьсот',
  'семьсот',
  'восемьсот',
  'девятьсот',
];
const RU_HUNDRED_ORDINALS = [
  '',
  'сотая',
  'двухсотая',
  'трехсотая',
  'четырехсотая',
  'пятисотая',
  'шестисотая',
  'семисотая',
  'восьмисотая',
  'девятисотая',
];

/** The feminine adjective ending in the case: «третья» → «третьей», «пятая» → «пятой». */
function russianCase(ordinal: string, grammaticalCase: RussianCase): string {
  if (grammaticalCase === 'nominative') return ordinal;
  return ordinal.endsWith('ья') ? `${ordinal.slice(0, -2)}ьей` : `${ordinal.slice(0, -2)}ой`;
}

/** 65 → «шестьдесят пятая» (nominative) or «шестьдесят пятой» (prepositional), 1 to 999. */
export function russianOrdinal(n: number, grammaticalCase: RussianCase = 'nominative'): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const tens = Math.floor(rest / 10);
  const unit = rest % 10;
  const words: string[] = [];
  let last: string;
  if (rest === 0) last = RU_HUNDRED_ORDINALS[hundreds];
  else {
    if (hundreds) words.push(RU_HUNDRED_CARDINALS[hundreds]);
    if (rest < 20) last = RU_UNIT_ORDINALS[rest];
    else if (unit === 0) last = RU_TEN_ORDINALS[tens];
    else {
      words.push(RU_TEN_CARDINALS[tens]);
      last = RU_UNIT_ORDINALS[unit];
    }
  }
  return [...words, russianCase(last, grammaticalCase)].join(' ');
}

type ArabicCase = 'nominative' | 'genitive';

const AR_UNIT_ORDINALS = [
  '',
  'الأولى',
  'الثانية',
  'الثالثة',
  'الرابعة',
  'الخامسة',
  'السادسة',
  'السابعة',
  'الثامنة',
  'التاسعة',
  'العاشرة',
];
// In compounds (21, 31…) "first" is «الحادية», not «الأولى».
const AR_COMPOUND_UNITS = ['', 'الحادية', ...AR_UNIT_ORDINALS.slice(2, 10)];
const AR_TENS_NOMINATIVE = [
  '',
  '',
  'العشرون',
  'الثلاثون',
  'الأربعون',
  'الخمسون',
  'الستون',
  'السبعون',
  'الثمانون',
  'التسعون',
];
const AR_TENS_GENITIVE = [
  '',
  '',
  'العشرين',
  'الثلاثين',
  'الأربعين',
  'الخمسين',
  'الستين',
  'السبعين',
  'الثمانين',
  'التسعين',
];

function arabicBelowHundred(n: number, grammaticalCase: ArabicCase): string {
  if (n <= 10) return AR_UNIT_ORDINALS[n];
  if (n < 20) return `${AR_COMPOUND_UNITS[n - 10]} عشرة`;
  const tens = (grammaticalCase === 'nominative' ? AR_TENS_NOMINATIVE : AR_TENS_GENITIVE)[Math.floor(n / 10)];
  const unit = n % 10;
  return unit ? `${AR_COMPOUND_UNITS[unit]} و${tens}` : tens;
}

/**
 * 65 → «الخامسة والستون» (nominative, the session line) or «الخامسة والستين» (genitive, «في دورتها …»).
 * Past 100, «بعد المائة»: 101 → «الحادية بعد المائة».
 */
export function arabicOrdinal(n: number, grammaticalCase: ArabicCase = 'nominative'): string {
  if (n === 100) return 'المائة';
  if (n > 100 && n < 200) {
    const rest = n - 100;
    return `${rest === 1 ? 'الحادية' : arabicBelowHundred(rest, grammaticalCase)} بعد المائة`;
  }
  return arabicBelowHundred(n, grammaticalCase);
}
