-- CreateTable
CREATE TABLE "PublicDocument" (
    "key" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "etag" TEXT NOT NULL,
    "gzip" BYTEA NOT NULL,
    "renderedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicDocument_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "PublicSearchEntry" (
    "publishedReplyId" UUID NOT NULL,
    "language" "Language" NOT NULL,
    "isOriginal" BOOLEAN NOT NULL,
    "cycleId" UUID NOT NULL,
    "addendum" INTEGER NOT NULL,
    "entityCode" TEXT NOT NULL,
    "entityType" "EntityType" NOT NULL,
    "sortName" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "PublicSearchEntry_pkey" PRIMARY KEY ("publishedReplyId","language")
);

-- CreateIndex
CREATE INDEX "PublicSearchEntry_cycleId_entityCode_idx" ON "PublicSearchEntry"("cycleId", "entityCode");

-- CreateIndex
CREATE INDEX "PublicSearchEntry_publishedAt_idx" ON "PublicSearchEntry"("publishedAt");

-- AddForeignKey
ALTER TABLE "PublicSearchEntry" ADD CONSTRAINT "PublicSearchEntry_publishedReplyId_fkey" FOREIGN KEY ("publishedReplyId") REFERENCES "PublishedReply"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: the search index's full-text vector (each language's stemming, none for Chinese) and
-- the trigram index that finds a phrase inside a sentence in any script (LC_CTYPE must be UTF-8).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Texts and vectors stored out of line, so that a search reads narrow rows and fetches a text only to show it.
ALTER TABLE "PublicSearchEntry" SET (toast_tuple_target = 128);

ALTER TABLE "PublicSearchEntry" ADD COLUMN "words" tsvector GENERATED ALWAYS AS (
  to_tsvector(
    CASE "language"
      WHEN 'en' THEN 'english'::regconfig
      WHEN 'fr' THEN 'french'::regconfig
      WHEN 'es' THEN 'spanish'::regconfig
      WHEN 'ru' THEN 'russian'::regconfig
      WHEN 'ar' THEN 'arabic'::regconfig
      ELSE 'simple'::regconfig
    END,
    "text"
  )
) STORED;

CREATE INDEX "PublicSearchEntry_words_idx" ON "PublicSearchEntry" USING gin ("words");

CREATE INDEX "PublicSearchEntry_text_trgm_idx" ON "PublicSearchEntry" USING gin ("text" gin_trgm_ops);

-- Replies published before this migration, the latest publication of each reply in its cycle.
INSERT INTO "PublicSearchEntry" ("publishedReplyId", "language", "isOriginal", "cycleId", "addendum", "entityCode", "entityType", "sortName", "publishedAt", "text")
SELECT t."publishedReplyId", t."language", t."language" = latest."originalLanguage", latest."cycleId", latest."addendum",
       latest."entityCode", e."type", e."nameEn", latest."publishedAt", t."body" || coalesce(E'\n\n' || t."summary", '')
FROM (
  SELECT DISTINCT ON (p."cycleId", pr."entityCode") pr."id", pr."entityCode", pr."originalLanguage", p."cycleId", p."addendum", p."publishedAt"
  FROM "PublishedReply" pr JOIN "Publication" p ON p."id" = pr."publicationId"
  ORDER BY p."cycleId", pr."entityCode", p."publishedAt" DESC
) latest
JOIN "PublishedReplyText" t ON t."publishedReplyId" = latest."id"
JOIN "Entity" e ON e."code" = latest."entityCode";
