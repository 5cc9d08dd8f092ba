import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { startKoers, type KoersUnderTest } from '../support/koers-app';
import type { SeededStudy } from '../support/study';
import { seedTabStudy, tabPeople } from '../support/tab-study';
import type { TeamsUser } from '../support/teams-activities';

const FRIDAY = new Date('2026-11-27T10:00:00+01:00'); // week 48
const SCREENSHOTS = join(__dirname, '..', '..', 'tab', 'screenshots');

jest.setTimeout(60_000);

describe('the dashboard tab in a browser (local mode)', () => {
  let koers: KoersUnderTest;
  let seeded: SeededStudy;
  let browser: Browser;
  const { coach, anna, researcher } = tabPeople;

  const open = async (user: TeamsUser | null, locale = 'nl-NL'): Promise<Page> => {
    const page = await browser.newPage({ locale, viewport: { width: 900, height: 900 } });
    const query = user ? `?dev-user=${user.aadObjectId}&dev-tenant=${user.tenantId}` : '';
    await page.goto(`${koers.url}/tab${query}`);
    return page;
  };

  beforeAll(async () => {
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
    koers = await startKoers('sqlite', { clock: () => FRIDAY });
    seeded = await seedTabStudy(koers, FRIDAY);
  });
  afterAll(async () => {
    await browser.close();
    await koers.stop();
  });

  it('when the teamcoach opens the tab, then they see their caseload with weeks written and no entry text', async () => {
    const page = await open(coach);
    const caseload = page.getByTestId('caseload');
    await caseload.waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'teamcoach.png'), fullPage: true });
    const text = await page.locator('main').innerText();
    expect(text).toContain('Hoi Docent');
    expect(text).not.toContain('Hoi Docent 10');
    expect(text).toContain('Wie je coacht');
    expect(text).toContain('Docent 1 (aanjager)');
    expect(text).toContain('3 van de 8 weken geschreven');
    expect(text).toContain('Docent 2 (aanjager)');
    expect(text).toContain('1 van de 8 weken geschreven');
    const people = page.getByTestId('caseload-person');
    expect(await people.count()).toBe(2);
    const annaWeeks = await people.nth(0).locator('svg.weeks title').allTextContents();
    expect(annaWeeks).toHaveLength(8);
    expect(annaWeeks.filter((t) => t.endsWith('· geschreven'))).toEqual([
      'Week 45 · geschreven',
      'Week 46 · geschreven',
      'Week 47 · geschreven',
    ]);
    const bramWeeks = await people.nth(1).locator('svg.weeks title').allTextContents();
    expect(bramWeeks).toContain('Week 44 · geschreven');
    expect(bramWeeks).toContain('Week 47 · overgeslagen');
    const html = await page.content();
    for (const secret of ['mentoren', 'geheim', 'maatje', 'decaan'])
      expect(html).not.toContain(secret);
    await page.close();
  });

  it('when the aanjager opens the tab, then they see only their own weeks, with first lines', async () => {
    const page = await open(anna);
    await page.getByTestId('own-weeks').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'aanjager.png'), fullPage: true });
    const text = await page.locator('main').innerText();
    expect(text).toContain('Jouw weken');
    expect(await page.getByTestId('own-weeks').locator('li').count()).toBe(8);
    expect(text).toMatch(
      /Week 47 · 20 nov\.? · visie, eigen rol · dagdeel voorbereid met mijn maatje/,
    );
    expect(text).toContain('Week 48 · niets geschreven');
    expect(await page.getByTestId('caseload').count()).toBe(0);
    expect(text).not.toContain('Docent 2');
    expect(text).not.toContain('decaan');
    await page.close();
  });

  it('when the aanjager has polls, then they see results from k answers on and nothing below', async () => {
    const page = await open(anna);
    await page.getByTestId('polls').waitFor();
    const poll = (title: string) => page.getByTestId('poll').filter({ hasText: title }).innerText();
    const early = await poll('nog maar net verstuurd');
    expect(early).toContain('1 antwoord');
    expect(early).toContain('als de peiling gesloten is, vanaf 5 antwoorden');
    expect(early).not.toContain('stroef');
    const results = await poll('Uitkomst: na het dagdeel');
    expect(results).toContain('5 antwoorden');
    expect(results).toMatch(/5 · top\s+3/);
    expect(results).toContain('moment 4 met een leerling');
    await page.screenshot({ path: join(SCREENSHOTS, 'aanjager-polls.png'), fullPage: true });
    await page.close();
  });

  it('when the onderzoeker opens the tab, then they download the export under pseudonyms', async () => {
    const page = await open(researcher);
    await page.getByTestId('research').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'onderzoeker.png'), fullPage: true });
    expect(await page.getByTestId('caseload').count()).toBe(0);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download als csv' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^koers-.+-2026-11-27\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv).toContain('gesprek met de mentoren over de visie');
    expect(csv).toMatch(/P-\d+-\d+ 2026-W45/);
    for (const name of ['Docent', 'aad-', '29:user']) expect(csv).not.toContain(name);
    const researcherId = (
      await seeded.stores.people.findByAadObjectId(researcher.tenantId, researcher.aadObjectId)
    )?.id;
    expect(await seeded.stores.audit.list({ action: 'research.exported' })).toEqual([
      expect.objectContaining({
        actor: `person:${researcherId}`,
        details: expect.objectContaining({ format: 'csv', layout: 'maxqda' }) as unknown,
      }),
    ]);
    await page.close();
  });

  it('when an aanjager asks for the export, then it is refused and nothing is sent', async () => {
    const dev = { 'x-koers-dev-user': anna.aadObjectId, 'x-koers-dev-tenant': anna.tenantId };
    const response = await fetch(`${koers.url}/api/tab/export?study=${seeded.studyId}&format=csv`, {
      headers: dev,
    });
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('mentoren');
  });

  it('when the browser speaks English, then so does the tab', async () => {
    const page = await open(anna, 'en-GB');
    await page.getByTestId('own-weeks').waitFor();
    const text = await page.locator('main').innerText();
    expect(text).toContain('Your weeks');
    expect(text).toContain('Week 48 · nothing written');
    await page.close();
  });

  it('when the tab is opened outside Teams without a development sign-in, then it says to open Koers in Teams', async () => {
    const page = await open(null);
    await page
      .getByText('Open Koers in Teams om je dashboard te zien.')
      .waitFor({ timeout: 10_000 });
    await page.screenshot({ path: join(SCREENSHOTS, 'outside-teams.png') });
    await page.close();
  });
});
