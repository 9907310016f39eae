import { LANGUAGES, type TDecision, type TLanguage } from '@replies/shared';
import { A6599_CYCLE, A6599_REPLIES, type FixtureReply } from './a-65-99';
import { A6599_FULL_TEXTS, A6599_SUMMARIES, A6599_TITLE, type OtherLanguage } from './a-65-99-languages';
import { longReply, type LongTextLanguage } from './long-texts';

type Text = { body: string; summary?: string };

/** One reply of A/65/99 as the demonstration enters it: its original, then the Secretariat's translations. */
export interface DemoReply {
  entityCode: string;
  originalLanguage: TLanguage;
  receivedOn: string;
  decision: TDecision;
  original: Text;
  translations: Partial<Record<TLanguage, Text>>;
}

const isOther = (language: TLanguage): language is OtherLanguage => language !== 'en' && language !== 'zh';

function fullText(reply: FixtureReply, language: TLanguage): string {
  return isOther(language) ? A6599_FULL_TEXTS[reply.entityCode][language] : reply[language].body;
}

function summary(reply: FixtureReply, language: TLanguage): string {
  return isOther(language) ? A6599_SUMMARIES[reply.entityCode][language] : reply[language].summary!;
}

/**
 * The 25 replies of A/65/99 in six languages. A reply printed in full is translated whole; a summarized
 * one has its executive summary translated (as the Secretariat translates only what the report prints);
 * a reply on the web only stays in its original. Long originals are written in their own language.
 */
export function a6599DemoReplies(): DemoReply[] {
  return A6599_REPLIES.map((reply) => {
    const language = reply.originalLanguage;
    const translated = LANGUAGES.filter((l) => l !== language);
    let original: Text;
    let translations: Partial<Record<TLanguage, Text>> = {};
    if (reply.decision === 'FULL') {
      original = { body: fullText(reply, language) };
      translations = Object.fromEntries(translated.map((l) => [l, { body: fullText(reply, l) }]));
    } else {
      const title = language === 'en' || language === 'zh' ? A6599_CYCLE.title[language] : A6599_TITLE[language];
      const body = longReply(language as LongTextLanguage, title, 40);
      if (reply.decision === 'SUMMARY') {
        original = { body, summary: summary(reply, language) };
        translations = Object.fromEntries(translated.map((l) => [l, { body: '', summary: summary(reply, l) }]));
      } else {
        original = { body };
      }
    }
    return {
      entityCode: reply.entityCode,
      originalLanguage: language,
      receivedOn: reply.receivedOn,
      decision: reply.decision,
      original,
      translations,
    };
  });
}
