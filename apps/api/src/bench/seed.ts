import { createPrismaClient } from '../database/prisma.service';
import { loadReferenceData } from '../modules/entities/load-reference-data';

const paragraph = (i: number) =>
  `${i}. The Government continued to strengthen its national measures to prevent terrorists from acquiring weapons of mass destruction, their means of delivery and related materials, in cooperation with international partners.`;

/** A cycle (A/99/999) with `count` accepted replies in English and Chinese, for the benchmarks. */
export async function seedBenchCycle(url: string, count: number) {
  const prisma = createPrismaClient(url);
  await loadReferenceData(prisma);
  const existing = await prisma.entity.count();
  await prisma.entity.createMany({
    data: Array.from({ length: Math.max(0, count - existing) }, (_, i) => ({
      code: `BENCH${i}`,
      type: 'OTHER' as const,
      nameEn: `Bench Organization ${i}`,
      nameZh: `基准组织${i}`,
    })),
  });
  const entities = await prisma.entity.findMany({ take: count, select: { code: true } });
  const cycle = await prisma.cycle.create({
    data: {
      symbol: 'A/99/999',
      resolution: '98/1',
      session: 99,
      officeCode: 'ODA',
      noteVerbaleOn: new Date('2030-02-01'),
      orgLettersOn: [new Date('2030-02-01')],
      cutoffOn: new Date('2030-06-30'),
      replyWordLimit: 1500,
      summaryWordLimit: 500,
      texts: { create: [{ language: 'en', title: 'Benchmark', mandate: null }] },
    },
  });
  for (const [i, entity] of entities.entries()) {
    const decision = (['FULL', 'FULL', 'SUMMARY', 'WEB_ONLY'] as const)[i % 4];
    await prisma.reply.create({
      data: {
        cycleId: cycle.id,
        entityCode: entity.code,
        status: 'ACCEPTED',
        decision,
        originalLanguage: 'en',
        receivedOn: new Date('2030-05-01'),
        texts: {
          create: [
            {
              language: 'en',
              body: Array.from({ length: 12 }, (_, p) => paragraph(p + 1)).join('\n'),
              summary: decision === 'SUMMARY' ? paragraph(1) : null,
            },
            {
              language: 'zh',
              body: '防止恐怖分子获取大规模毁灭性武器是政府的一项国际安全优先事项。'.repeat(20),
              summary: decision === 'SUMMARY' ? '政府支持各项措施。' : null,
            },
          ],
        },
      },
    });
  }
  await prisma.$disconnect();
  return cycle.id;
}
