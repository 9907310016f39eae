import type { TLanguage } from '@replies/shared';
import { buildReport } from '../../../apps/api/src/modules/compilation/model/build-report';
import type { ReportDocument } from '../../../apps/api/src/modules/compilation/model/report-model';
import { a6599Input } from '../report-fixture';

/** A/65/99 in `language` with Finland's reply replaced by `body`, printed in full. */
export function reportWithReply(body: string, language: TLanguage = 'en'): ReportDocument {
  const input = a6599Input(language);
  const replies = input.replies.map((reply) =>
    reply.entity.code === 'FIN'
      ? {
          ...reply,
          decision: 'FULL' as const,
          originalLanguage: language,
          texts: { [language]: { body, summary: null } },
        }
      : reply,
  );
  return buildReport({ ...input, replies });
}
