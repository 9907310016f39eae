import { canEdit, type TAttachment, type TReply, type TSaveReply, type TSubmitReply } from '@replies/shared';
import { ApiError } from '../api/client';
import type { DraftServer } from './useAutosave';

/** A stored reply as GET …/replies/:entity gives it. */
export function storedReply(overrides: Partial<TReply> = {}): TReply {
  return {
    id: 'reply-1',
    cycleId: 'cycle-1',
    entityCode: 'FIN',
    status: 'DRAFT',
    originalLanguage: 'en',
    receivedOn: null,
    webOnly: false,
    enteredBySecretariat: false,
    texts: { en: { body: 'Finland reports on its national measures.', summary: null } },
    version: 1,
    returnComment: null,
    decision: null,
    attachment: null,
    lengthCheck: null,
    updatedAt: '2030-03-01T10:00:00.000Z',
    receipt: null,
    ...overrides,
  };
}

/**
 * The reply API's rules for one reply, kept in memory, for the editor's unit tests (the browser journeys
 * run the real API): a save must carry the stored version (409 STALE_VERSION with the stored reply
 * otherwise), a submitted reply takes no save (409 NOT_EDITABLE), each save raises the version.
 * Saves can be held on their way, to type while one is being sent, or made to fail.
 */
export function inMemoryDraftServer(initial: TReply) {
  let stored = initial;
  const saves: TSaveReply[] = [];
  const submissions: TSubmitReply[] = [];
  let held: { release: () => void; promise: Promise<void> } | null = null;
  let failure: Error | null = null;

  const conflict = (code: 'STALE_VERSION' | 'NOT_EDITABLE') =>
    new ApiError(409, { code, message: '', current: stored });

  const server: DraftServer = {
    load: async () => stored,
    async save(body) {
      saves.push(body);
      if (held) await held.promise;
      if (failure) {
        const error = failure;
        failure = null;
        throw error;
      }
      if (!canEdit(stored.status)) throw conflict('NOT_EDITABLE');
      if (body.version !== stored.version) throw conflict('STALE_VERSION');
      stored = {
        ...stored,
        status: 'DRAFT',
        originalLanguage: body.originalLanguage,
        webOnly: body.webOnly ?? false,
        texts: Object.fromEntries(
          Object.entries(body.texts).map(([language, text]) => [
            language,
            { body: text.body, summary: text.summary || null },
          ]),
        ),
        version: stored.version + 1,
        updatedAt: new Date().toISOString(),
      };
      return stored;
    },
    async submit(body) {
      submissions.push(body);
      if (!canEdit(stored.status)) throw conflict('NOT_EDITABLE');
      const receivedOn = stored.receivedOn ?? '2030-03-02';
      const receipt = {
        reference: `A/65/99-${stored.entityCode}-${submissions.length}`,
        receivedOn,
        submittedAt: new Date().toISOString(),
      };
      stored = { ...stored, status: 'SUBMITTED', receivedOn, version: stored.version + 1, receipt };
      return { ...stored, receipt };
    },
  };

  return {
    server,
    /** Every PUT body received, in order. */
    saves,
    /** Every POST …/submit body received, in order. */
    submissions,
    stored: () => stored,
    /** Saves wait until `release` is called. */
    hold() {
      let release!: () => void;
      const promise = new Promise<void>((resolve) => {
        release = resolve;
      });
      held = { promise, release };
    },
    release() {
      held?.release();
      held = null;
    },
    failNextSave(error: Error) {
      failure = error;
    },
    /** The original is stored (POST …/original): a reply not started yet is created at version 0. */
    storeOriginal(attachment: TAttachment) {
      stored = {
        ...stored,
        id: stored.id ?? 'reply-created-by-upload',
        status: stored.status === 'NOT_STARTED' ? 'DRAFT' : stored.status,
        attachment,
      };
    },
    /** Another tab, or an editor, saves meanwhile (or changes the reply in another way). */
    changeElsewhere(change: Partial<TReply>) {
      stored = { ...stored, ...change, version: stored.version + 1 };
    },
  };
}
