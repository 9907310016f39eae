/**
 * The reads every screen of the portal starts with, each one query (one round trip): the session
 * behind a cookie, a cycle with its texts, a reply with its texts and files, the review queue. The
 * repositories run them through Prisma ($queryRawUnsafe); the bench's floor server (bare `pg`) runs
 * the very same text, so that the two are compared on the same work.
 */

/** $1: the SHA-256 of the cookie's token. */
export const SESSION_SQL = `
  SELECT s.id, s."csrfToken", s."expiresAt", s."lastSeenAt",
         u.id AS "userId", u.email, u.name, u.role, u."entityCode", u.disabled, u.language, u."totpEnabledAt"
  FROM "Session" s JOIN "User" u ON u.id = s."userId"
  WHERE s.id = $1`;

const CYCLE_COLUMNS = `c.*, coalesce(c."orgLettersOn", '{}') AS "orgLettersOn",
  coalesce((SELECT json_agg(t ORDER BY t.language) FROM "CycleText" t WHERE t."cycleId" = c.id), '[]') AS texts,
  (SELECT row_to_json(o) FROM (
     SELECT code, "nameEn", "nameFr", "nameEs", "nameRu", "nameZh", "nameAr", website, email FROM "Office" WHERE code = c."officeCode"
   ) o) AS office,
  (SELECT json_build_object('id', p.id, 'symbol', p.symbol) FROM "Cycle" p WHERE p.id = c."previousCycleId") AS "previousCycle"`;

/**
 * One cycle by id ($1 as uuid text, $2 null) or by symbol ($1 null, $2), with whether the entity $3
 * is invited to it (a focal point sees only those).
 */
export const CYCLE_SQL = `
  SELECT ${CYCLE_COLUMNS},
    EXISTS (SELECT 1 FROM "Invitation" i WHERE i."cycleId" = c.id AND i."entityCode" = $3) AS invited
  FROM "Cycle" c
  WHERE c.id = $1::uuid OR c.symbol = $2`;

/**
 * Every cycle, or ($1 not null) those the entity $1 is invited to; newest first. The same columns as
 * CYCLE_SQL, by joins rather than a subquery per cycle: one pass over each table whatever the number
 * of cycles (4.4 instead of 5.6 ms for 101 cycles).
 */
export const CYCLES_SQL = `
  SELECT c.*, coalesce(c."orgLettersOn", '{}') AS "orgLettersOn", coalesce(t.texts, '[]') AS texts,
    to_json(o) AS office,
    CASE WHEN p.id IS NOT NULL THEN json_build_object('id', p.id, 'symbol', p.symbol) END AS "previousCycle"
  FROM "Cycle" c
  LEFT JOIN (SELECT "cycleId", json_agg(t ORDER BY t.language) AS texts FROM "CycleText" t GROUP BY "cycleId") t
    ON t."cycleId" = c.id
  LEFT JOIN (SELECT code, "nameEn", "nameFr", "nameEs", "nameRu", "nameZh", "nameAr", website, email FROM "Office") o
    ON o.code = c."officeCode"
  LEFT JOIN "Cycle" p ON p.id = c."previousCycleId"
  WHERE $1::text IS NULL OR EXISTS (SELECT 1 FROM "Invitation" i WHERE i."cycleId" = c.id AND i."entityCode" = $1)
  ORDER BY c."noteVerbaleOn" DESC, c."createdAt" DESC`;

const ATTACHMENT = `'id', a.id, 'fileName', a."fileName", 'mediaType', a."mediaType", 'size', a.size,
  'sha256', a.sha256, 'createdAt', a."createdAt"`;

/**
 * The entity $2 (null when unknown: no row) and its reply to cycle $1 (reply columns null when none),
 * with the reply's texts, its newest upload (and whether a submission took it) and its latest submission
 * (or Secretariat entry) with its time and file: REPLY_INCLUDE in one query.
 */
export const REPLY_SQL = `
  SELECT e.code AS "entityFound", r.*,
    coalesce((SELECT json_agg(json_build_object('language', t.language, 'body', t.body, 'summary', t.summary))
       FROM "ReplyText" t WHERE t."replyId" = r.id), '[]') AS texts,
    coalesce((SELECT json_agg(x.item) FROM (
       SELECT json_build_object(${ATTACHMENT},
         'versions', coalesce((SELECT json_agg(json_build_object('number', v.number))
                      FROM (SELECT number FROM "ReplyVersion" v WHERE v."attachmentId" = a.id LIMIT 1) v), '[]')) AS item
       FROM "Attachment" a WHERE a."replyId" = r.id ORDER BY a."createdAt" DESC LIMIT 1) x), '[]') AS attachments,
    coalesce((SELECT json_agg(x.item) FROM (
       SELECT json_build_object('number', v.number, 'createdAt', v."createdAt",
         'attachment', (SELECT json_build_object(${ATTACHMENT}) FROM "Attachment" a WHERE a.id = v."attachmentId")) AS item
       FROM "ReplyVersion" v WHERE v."replyId" = r.id AND v.kind IN ('SUBMISSION', 'SECRETARIAT_ENTRY') ORDER BY v.number DESC LIMIT 1) x), '[]') AS versions
  FROM "Entity" e LEFT JOIN "Reply" r ON r."cycleId" = $1::uuid AND r."entityCode" = e.code
  WHERE e.code = $2`;

/**
 * The review queue of cycle $1: every invited or replying entity (or only $2 when not null) with its
 * reply's state and the counts kept when it was saved; never the texts. (A replying-or-invited test
 * per entity rather than `code IN (invited UNION replying)`: half the planning and execution time.)
 */
export const QUEUE_SQL = `
  SELECT e.code, e.type, e."nameEn", e."nameZh", r.id, r.status, r."originalLanguage", r."receivedOn",
         r.decision, r."enteredBySecretariat", r."updatedAt", r.words, r."overLimit"
  FROM "Entity" e
  LEFT JOIN "Reply" r ON r."cycleId" = $1::uuid AND r."entityCode" = e.code
  WHERE (r.id IS NOT NULL
         OR EXISTS (SELECT 1 FROM "Invitation" i WHERE i."cycleId" = $1::uuid AND i."entityCode" = e.code))
    AND ($2::text IS NULL OR e.code = $2)`;

/**
 * The data version of cycle $1's report: a fingerprint of every row a compilation reads (the cycle,
 * its texts, office and previous cycle, its replies with their texts and entities), made of the rows'
 * tuple versions (xmin), which PostgreSQL changes on every update, whoever makes it.
 */
export const REPORT_DATA_VERSION_SQL = `SELECT md5(concat_ws('|', c.xmin::text,
         (SELECT string_agg(t.language || ':' || t.xmin::text, ',' ORDER BY t.language)
            FROM "CycleText" t WHERE t."cycleId" = c.id),
         (SELECT o.xmin::text FROM "Office" o WHERE o.code = c."officeCode"),
         (SELECT p.xmin::text FROM "Cycle" p WHERE p.id = c."previousCycleId"),
         (SELECT string_agg(r.id::text || ':' || r.xmin::text || ':' || e.xmin::text, ',' ORDER BY r.id)
            FROM "Reply" r JOIN "Entity" e ON e.code = r."entityCode" WHERE r."cycleId" = c.id),
         (SELECT string_agg(t."replyId"::text || t.language::text || ':' || t.xmin::text, ',' ORDER BY t."replyId", t.language)
            FROM "ReplyText" t JOIN "Reply" r ON r.id = t."replyId" WHERE r."cycleId" = c.id)
       )) AS version
       FROM "Cycle" c WHERE c.id = $1::uuid`;
