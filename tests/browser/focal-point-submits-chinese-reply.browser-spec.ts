import request from 'supertest';
import { CSRF_HEADER } from '@replies/shared';
import { cycleBody } from '../factories/cycles';
import { createUser } from '../factories/users';
import { browserJourney, screenshot, seriousAccessibilityViolations } from '../setup/browser';

const journey = browserJourney();

/** A page of Chinese: 32 characters a sentence, 20 sentences = 640 characters ≈ 427 words. */
const CHINESE_REPLY = Array.from(
  { length: 20 },
  () => '防止恐怖分子获取大规模毁灭性武器是中国政府的一项国际安全优先事项。',
).join('\n');
const CHINESE_SUMMARY = '中国支持防止恐怖分子获取大规模毁灭性武器的各项措施。';

it('a focal point types a Chinese reply over the limit, adds the summary it needs, and submits', async () => {
  const { page, t } = journey;
  const editor = await createUser(t.prisma, { role: 'EDITOR' });
  const focal = await createUser(t.prisma, { role: 'FOCAL_POINT', entityCode: 'CHN', name: 'Li Wei' });
  const agent = request.agent(t.http);
  const login = await agent
    .post('/api/auth/login')
    .send({ email: editor.email, password: editor.password })
    .expect(200);
  await agent
    .post('/api/cycles')
    .set(CSRF_HEADER, login.body.csrfToken)
    .send(cycleBody({ symbol: 'A/65/99', replyWordLimit: 300, summaryWordLimit: 100, cutoffOn: '2099-06-23' }))
    .expect(201);
  await agent
    .post('/api/cycles/A-65-99/invitations')
    .set(CSRF_HEADER, login.body.csrfToken)
    .send({ entityCodes: ['CHN'], channel: 'NOTE_VERBALE', sentOn: '2010-02-19' })
    .expect(201);

  await page.goto(`${t.baseUrl}/login`);
  await page.getByLabel('E-mail').fill(focal.email);
  await page.getByLabel('Password').fill(focal.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Welcome, Li Wei' }).waitFor();
  // The home page lists the request, its deadline and the next step.
  const requestCard = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'A/65/99' }) });
  await requestCard.getByText(/\d+ days left/).waitFor();
  await requestCard.getByRole('link', { name: 'Start the reply' }).waitFor();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await screenshot(page, '09-focal-point-home');

  await page.getByRole('navigation').getByRole('link', { name: 'Cycles' }).click();
  await page
    .getByRole('link', { name: /A\/65\/99/ })
    .first()
    .click();
  await page.getByText('Permanent Representative of China').waitFor();
  await screenshot(page, '10-focal-point-cycle');
  await page.getByRole('link', { name: 'Start the reply' }).click();
  await page.getByLabel('Reply text').waitFor();

  await page.getByLabel('Original language').selectOption('zh');
  await page.getByLabel('Reply text').fill(CHINESE_REPLY);
  await page.getByText('640 Chinese characters ≈ 427 words of 300').waitFor();
  await page.getByText('Over the limit by 127 words').waitFor();

  // Submitting without a summary is stopped before it reaches the server, with the rule spelled out in the
  // error summary, which links to the summary's field.
  await page.getByRole('button', { name: 'Check and submit' }).click();
  await page.getByRole('alert').filter({ hasText: 'add an executive summary' }).waitFor();
  await page
    .getByRole('alert')
    .getByRole('link', { name: /Executive summary/ })
    .click();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('reply-summary');
  expect(await t.prisma.reply.count({ where: { entityCode: 'CHN', status: 'SUBMITTED' } })).toBe(0);
  await screenshot(page, '11-reply-over-limit');

  await page.getByLabel('Executive summary').fill(CHINESE_SUMMARY);
  await page.getByText('25 Chinese characters ≈ 17 words of 100').waitFor();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Check and submit' }).click();
  await page.getByLabel('I submit this reply on behalf of China.').check();
  await page.getByRole('button', { name: 'Submit reply' }).click();
  await page.getByRole('heading', { name: 'Reply submitted' }).waitFor();
  await page.getByRole('link', { name: 'View the reply as submitted' }).click();
  await page.getByText('Status: Submitted').waitFor();
  await screenshot(page, '12-reply-submitted');

  const stored = await t.prisma.reply.findFirstOrThrow({
    where: { entityCode: 'CHN' },
    include: { texts: true, versions: true },
  });
  expect(stored).toMatchObject({ status: 'SUBMITTED', originalLanguage: 'zh' });
  expect(stored.texts[0]).toMatchObject({ language: 'zh', body: CHINESE_REPLY, summary: CHINESE_SUMMARY });
  expect(stored.versions).toHaveLength(1);
  expect(await page.getByLabel('Reply text').isEditable()).toBe(false);
});
