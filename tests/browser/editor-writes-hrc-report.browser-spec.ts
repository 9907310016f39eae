import { createUser } from '../factories/users';
import { browserJourney, screenshot, seriousAccessibilityViolations } from '../setup/browser';
import { signIn } from '../setup/test-app';

const journey = browserJourney();

const MANDATE_EN =
  'In its resolution 52/10, entitled "Question of the death penalty", the Human Rights Council requested the Secretary-General to seek the views of States on the subject and to report to the Council at its fifty-fifth session.';
const MANDATE_FR =
  "Dans sa résolution 52/10, intitulée « Question de la peine de mort », le Conseil des droits de l'homme a prié le Secrétaire général de solliciter les vues des États sur la question et de lui faire rapport à sa cinquante-cinquième session.";
const OWN_REQUESTS =
  'Pursuant to that request, on 10 January 2024, the Office of the High Commissioner sent a note verbale to all States inviting them to share their views.';

async function signInAs(page: typeof journey.page, baseUrl: string, email: string, password: string, name: string) {
  // Whoever an earlier test (in any order) left signed in is signed out first.
  await page.context().clearCookies();
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: `Welcome, ${name}` }).waitFor();
}

it('an OHCHR editor opens a Human Rights Council cycle, completes its French texts from the checks, and rewrites a paragraph of the introduction', async () => {
  const { page, t } = journey;
  page.setDefaultTimeout(10_000);
  const editor = await createUser(t.prisma, { role: 'EDITOR', name: 'Olga Editor' });
  await signInAs(page, t.baseUrl, editor.email, editor.password, 'Olga Editor');

  await page.goto(`${t.baseUrl}/cycles/new`);
  await page.getByLabel('Symbol').fill('A/HRC/55/30');
  await page.getByLabel('Resolution').fill('52/10');
  await page.getByLabel('Organ').selectOption('HUMAN_RIGHTS_COUNCIL');
  await page.locator('#new-cycle-office option[value="OHCHR"]').waitFor({ state: 'attached' });
  await page.getByLabel('Office', { exact: true }).selectOption('OHCHR');
  await page.locator('#new-cycle-session').fill('55');
  await page.getByLabel('First day').fill('2024-02-26');
  await page.getByLabel('Last day').fill('2024-04-05');
  await page.getByLabel('How the header cites it').selectOption('ADOPTED');
  await page.locator('#new-cycle-agenda-item').fill('3');
  await page.getByLabel('Date of issue').fill('2024-01-31');
  await page.getByLabel('Title (English)').fill('Question of the death penalty');
  // The French title is flagged as missing on its language switch.
  const titleLanguages = page.getByRole('group', { name: 'Language of the field “Title”' });
  await titleLanguages.getByRole('button', { name: 'French (missing)' }).waitFor();
  await page.getByLabel('Mandate paragraph (English)').fill(MANDATE_EN);
  await page.getByLabel('Note verbale date').fill('2024-01-10');
  await page.getByLabel('Cut-off date').fill('2024-01-25');
  // No letter went to organizations: the empty date is left out.
  await page.getByLabel('Reply word limit').fill('2000');
  await page.getByLabel('Summary word limit').fill('500');
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await screenshot(page, '50-new-hrc-cycle');
  await page.getByRole('button', { name: 'Create cycle' }).click();
  await page.getByRole('heading', { name: 'A/HRC/55/30' }).waitFor();
  await page.getByRole('definition').filter({ hasText: 'Human Rights Council' }).waitFor();

  // A reply, entered through the API as the Secretariat would.
  const api = await signIn(t.http, editor.email, editor.password);
  const url = '/api/cycles/A-HRC-55-30/replies/CHE';
  await api
    .put(url, {
      originalLanguage: 'en',
      receivedOn: '2024-01-20',
      texts: { en: { body: 'Switzerland opposes the death penalty.' } },
      version: 0,
    })
    .expect(200);
  await api.post(`${url}/submit`).expect(200);
  await api.post(`${url}/accept`, { decision: 'FULL' }).expect(200);

  // The report in French: the checks link to the missing French texts.
  await page.getByRole('link', { name: 'Report', exact: true }).click();
  await page.getByLabel('Report language').selectOption('fr');
  const checks = page.getByRole('region', { name: 'Checks before publishing' });
  await checks.getByRole('link', { name: 'Title in French' }).waitFor();
  await checks.getByRole('link', { name: 'Mandate paragraph in French' }).click();
  await page.getByRole('heading', { name: 'A/HRC/55/30' }).waitFor();
  const mandateFr = page.locator('#edit-cycle-mandate-fr');
  await mandateFr.waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'edit-cycle-mandate-fr');
  await mandateFr.fill(MANDATE_FR);
  const editTitleLanguages = page.getByRole('group', { name: 'Language of the field “Title”' });
  await editTitleLanguages.getByRole('button', { name: 'French (missing)' }).click();
  await page.getByLabel('Title (French)').fill('Question de la peine de mort');

  // The introduction in English: the generated text beside the editor's own.
  const introduction = page.getByRole('group', { name: 'Introduction of the report' });
  await introduction
    .getByText(
      'Pursuant to that request, on 10 January 2024, a note verbale was sent to Member States inviting them to provide information on the subject.',
      { exact: true },
    )
    .waitFor();
  await page.getByLabel('Your text: Note verbale and letters').fill(OWN_REQUESTS);
  await screenshot(page, '51-hrc-cycle-introduction');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByText('Changes saved.').waitFor();

  await page.getByRole('link', { name: 'Report', exact: true }).click();
  await page.getByLabel('Report language').selectOption('fr');
  await checks.getByText(/Length:/).waitFor();
  expect(await checks.getByRole('link', { name: /in French/ }).allTextContents()).toEqual([
    'Introduction, “Note verbale and letters”, in French',
  ]);
  await page.getByLabel('Report language').selectOption('en');
  const preview = page.frameLocator('iframe[title="Report preview"]');
  await preview.getByText('Human Rights Council', { exact: true }).waitFor();
  for (const line of [
    'General Assembly',
    'Distr.: General',
    '31 January 2024',
    'Original: English',
    'Fifty-fifth session',
    '26 February–5 April 2024',
    'Agenda item 3',
  ])
    await preview.getByText(line, { exact: true }).waitFor();
  await preview.getByText(`${OWN_REQUESTS}`).waitFor();
  await preview.getByText(/As at 25 January 2024, a reply had been received from Switzerland\./).waitFor();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await screenshot(page, '52-hrc-report-preview');

  // Back to the generated paragraph.
  await page.goto(`${t.baseUrl}/cycles/A-HRC-55-30/settings`);
  await page.getByRole('button', { name: 'Print the generated text for “Note verbale and letters”' }).click();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByText('Changes saved.').waitFor();
  const cycle = await t.prisma.cycleText.findFirstOrThrow({ where: { language: 'en' } });
  expect(cycle.introduction).toBeNull();
}, 180_000);

it('an administrator completes the Russian name of an office, and the French name of an organization from a check', async () => {
  const { page, t } = journey;
  const admin = await createUser(t.prisma, { role: 'ADMIN', name: 'Ada Admin' });
  await page.context().clearCookies();
  await signInAs(page, t.baseUrl, admin.email, admin.password, 'Ada Admin');
  await page.getByRole('link', { name: 'Offices' }).click();
  await page.getByRole('heading', { name: 'Offices', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Edit' }).and(page.locator('[aria-describedby="office-DPPA-code"]')).click();
  await page.getByRole('dialog').getByLabel('Russian').fill('Департамент по политическим вопросам и миростроительству');
  // The office's mailbox, mistyped first: the dialog says why and keeps what was typed.
  await page.getByRole('dialog').getByLabel('E-mail address').fill('dppa-replies@');
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await page.getByRole('dialog').getByRole('alert').getByText('Enter a valid e-mail address.').waitFor();
  expect(await page.getByRole('dialog').getByLabel('Russian').inputValue()).toBe(
    'Департамент по политическим вопросам и миростроительству',
  );
  await page.getByRole('dialog').getByLabel('E-mail address').fill('dppa-replies@un.org');
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await page.getByText('Office DPPA saved.').waitFor();
  await page.getByRole('cell', { name: 'Департамент по политическим вопросам и миростроительству' }).waitFor();
  await page.getByRole('cell', { name: 'dppa-replies@un.org' }).waitFor();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await screenshot(page, '53-offices');

  // The link of a check on a missing name opens the entity's names, the cursor in the missing one.
  await page.goto(`${t.baseUrl}/admin/entities?entity=OCO&lang=fr`);
  const dialog = page.getByRole('dialog', { name: 'Edit names: OCO' });
  await dialog.waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'edit-OCO-name-fr');
  await dialog.getByLabel('French').fill('Organisation douanière de l’Océanie');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Names of OCO saved.').waitFor();
});
