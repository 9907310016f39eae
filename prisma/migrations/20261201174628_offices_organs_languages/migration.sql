-- CreateEnum
CREATE TYPE "Organ" AS ENUM ('GENERAL_ASSEMBLY', 'SECURITY_COUNCIL', 'ECONOMIC_AND_SOCIAL_COUNCIL', 'HUMAN_RIGHTS_COUNCIL');

-- CreateEnum
CREATE TYPE "AgendaKind" AS ENUM ('ADOPTED', 'PROVISIONAL', 'PRELIMINARY');

-- AlterTable
ALTER TABLE "Entity" ADD COLUMN     "acronymAr" TEXT,
ADD COLUMN     "acronymEs" TEXT,
ADD COLUMN     "acronymFr" TEXT,
ADD COLUMN     "acronymRu" TEXT,
ADD COLUMN     "editedFields" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "Cycle" ADD COLUMN     "agendaKind" "AgendaKind",
ADD COLUMN     "agendaListSymbol" TEXT,
ADD COLUMN     "fullTextUrl" TEXT,
ADD COLUMN     "issuedOn" DATE,
ADD COLUMN     "officeCode" TEXT,
ADD COLUMN     "organ" "Organ" NOT NULL DEFAULT 'GENERAL_ASSEMBLY',
ADD COLUMN     "reportLanguage" "Language" NOT NULL DEFAULT 'en',
ADD COLUMN     "sessionFrom" DATE,
ADD COLUMN     "sessionTo" DATE,
ALTER COLUMN "session" DROP NOT NULL;

-- AlterTable
ALTER TABLE "CycleText" ADD COLUMN     "introduction" JSONB,
ADD COLUMN     "observations" TEXT,
ADD COLUMN     "request" TEXT;

-- CreateTable
CREATE TABLE "Office" (
    "code" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameFr" TEXT,
    "nameEs" TEXT,
    "nameRu" TEXT,
    "nameZh" TEXT,
    "nameAr" TEXT,
    "website" TEXT,
    "editedFields" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Office_pkey" PRIMARY KEY ("code")
);

-- AddForeignKey
ALTER TABLE "Cycle" ADD CONSTRAINT "Cycle_officeCode_fkey" FOREIGN KEY ("officeCode") REFERENCES "Office"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: every cycle opened before offices existed was compiled for the Office for Disarmament Affairs,
-- whose row the reference data completes at the next start.
INSERT INTO "Office" ("code", "nameEn", "nameFr", "nameEs", "nameRu", "nameZh", "nameAr", "website", "updatedAt")
SELECT 'ODA', 'Office for Disarmament Affairs', 'Bureau des affaires de désarmement', 'Oficina de Asuntos de Desarme', 'Управление по вопросам разоружения', '裁军事务厅', 'مكتب شؤون نزع السلاح', 'https://www.un.org/disarmament/', CURRENT_TIMESTAMP
WHERE EXISTS (SELECT 1 FROM "Cycle") ON CONFLICT ("code") DO NOTHING;
UPDATE "Cycle" SET "officeCode" = 'ODA' WHERE "officeCode" IS NULL;

-- Hand-written: an agenda item given before the agenda had a kind is the adopted agenda's.
UPDATE "Cycle" SET "agendaKind" = 'ADOPTED' WHERE "agendaItem" IS NOT NULL AND "agendaKind" IS NULL;

-- Hand-written: names an administrator changed before edits were tracked, read from the audit trail,
-- so that reloading the reference data leaves them alone.
UPDATE "Entity" AS e SET "editedFields" = changed.fields FROM (
  SELECT a."targetId" AS code, array_agg(DISTINCT f.field) AS fields
  FROM "AuditEvent" AS a
  CROSS JOIN (VALUES ('nameEn', 'en'), ('nameFr', 'fr'), ('nameEs', 'es'), ('nameRu', 'ru'), ('nameZh', 'zh'), ('nameAr', 'ar')) AS f(field, lang)
  WHERE a."action" = 'entity.update' AND a."targetType" = 'Entity'
    AND (a."before" -> 'names' ->> f.lang) IS DISTINCT FROM (a."after" -> 'names' ->> f.lang)
  GROUP BY a."targetId"
) AS changed WHERE e."code" = changed.code;
