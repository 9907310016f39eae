import { countWords } from '@replies/shared';
import type { Tx } from '../../database/prisma.service';

/** What the review queue shows of a reply's length, kept on the reply so that the queue never reads texts. */
export interface ReplyCounts {
  words: number;
  summaryWords: number;
  overLimit: boolean;
}

/** The counts of the original text (body and executive summary) against the cycle's reply limit. */
export function replyCounts(
  original: { body: string; summary?: string | null } | undefined,
  replyWordLimit: number,
): ReplyCounts {
  const words = original ? countWords(original.body).words : 0;
  return { words, summaryWords: countWords(original?.summary ?? '').words, overLimit: words > replyWordLimit };
}

/**
 * Counts the replies that were saved before counts were kept (or written by something other than the
 * portal): at start-up for every cycle, and by the review queue for its own cycle if it finds one.
 * A reply saved meanwhile keeps the counts its save wrote.
 */
export async function countUncountedReplies(db: Tx, cycleId?: string): Promise<number> {
  let counted = 0;
  for (;;) {
    const rows = await db.$queryRawUnsafe<
      { id: string; body: string | null; summary: string | null; replyWordLimit: number }[]
    >(
      `SELECT r.id, t.body, t.summary, c."replyWordLimit"
       FROM "Reply" r
       JOIN "Cycle" c ON c.id = r."cycleId"
       LEFT JOIN "ReplyText" t ON t."replyId" = r.id AND t.language = r."originalLanguage"
       WHERE r.words IS NULL AND r."originalLanguage" IS NOT NULL ${cycleId ? 'AND r."cycleId" = $1::uuid' : ''}
       LIMIT 500`,
      ...(cycleId ? [cycleId] : []),
    );
    if (!rows.length) return counted;
    const counts = rows.map((row) =>
      replyCounts(row.body === null ? undefined : { body: row.body, summary: row.summary }, row.replyWordLimit),
    );
    await db.$executeRawUnsafe(
      `UPDATE "Reply" r SET words = c.words, "summaryWords" = c.summary_words, "overLimit" = c.over_limit
       FROM unnest($1::uuid[], $2::int[], $3::int[], $4::boolean[]) AS c(id, words, summary_words, over_limit)
       WHERE r.id = c.id AND r.words IS NULL`,
      rows.map((row) => row.id),
      counts.map((c) => c.words),
      counts.map((c) => c.summaryWords),
      counts.map((c) => c.overLimit),
    );
    counted += rows.length;
  }
}
