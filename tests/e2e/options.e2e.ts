import { mkdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { TOPIC_LABELS } from '../../core/bank.ts';
import { loadBuiltBank } from './bank.ts';
import { type ExtensionSession, launchExtension, SCREENSHOT_DIR } from './extension.ts';
import { focusedText } from './focus.ts';
import { NewTabPage } from './pages/NewTabPage.ts';
import { OptionsPage } from './pages/OptionsPage.ts';
import { PopupPage } from './pages/PopupPage.ts';
import { readStorage, writeStorage } from './storage.ts';

const bank = loadBuiltBank();
let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
  const newTab = new NewTabPage(await session.openNewTab());
  await newTab.revealAnswer();
  await newTab.page.waitForFunction(() => document.querySelector('.streak-count')?.textContent === '1');
});
afterAll(() => session.dispose());

test('the stats page shows the streak and a year of days that a keyboard can walk', async () => {
  const options = new OptionsPage(await session.openOptions());
  await options.stat('Current streak').waitFor();
  expect(await options.stat('Current streak').textContent()).toBe('1');
  expect(await options.stat('Active days').textContent()).toBe('1');
  expect(await options.heatmapCells.count()).toBe(365);

  const today = options.page.locator('[role="gridcell"][tabindex="0"]');
  expect(await today.getAttribute('aria-label')).toMatch(/^1 answer on /);
  await today.focus();
  expect(await options.heatmapDetail.textContent()).toMatch(/^1 answer on /);
  await options.page.keyboard.press('ArrowLeft');
  expect(await options.heatmapDetail.textContent()).toMatch(/^No answers on /);
  const focusedDay = await options.page.evaluate(() => document.activeElement?.getAttribute('data-day'));
  expect(await options.page.locator('[role="gridcell"][tabindex="0"]').getAttribute('data-day')).toBe(focusedDay);

  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await options.page.screenshot({
    path: `${SCREENSHOT_DIR}/options-light.png`,
    fullPage: true,
    animations: 'disabled',
  });
  await options.page.emulateMedia({ colorScheme: 'dark' });
  await options.page.screenshot({ path: `${SCREENSHOT_DIR}/options-dark.png`, fullPage: true, animations: 'disabled' });
});

test('a settings change applies to the next new tab', async () => {
  const options = new OptionsPage(await session.openOptions());
  await options.dailyGoal.fill('2');
  await options.dailyGoal.dispatchEvent('change');
  await options.waitForSetting('dailyGoal', 2);
  const stricter = new NewTabPage(await session.openNewTab());
  expect(await stricter.streakText()).toMatch(/^0\s*days streak/);

  await options.hideStreak.check();
  await options.waitForSetting('hideStreak', true);
  const hidden = await session.openNewTab();
  await hidden.locator('[data-streak="loaded"]').waitFor();
  expect(await hidden.locator('.streak').count()).toBe(0);
});

test('a number out of range is refused out loud, and the saved one stays until a right one comes', async () => {
  const options = new OptionsPage(await session.openOptions());
  const stored = async (key: string) =>
    ((await readStorage(options.page, 'sync', 'settings')).settings as Record<string, unknown> | undefined)?.[key];
  const newPerDayBefore = await stored('newPerDay');

  for (const [typed, key] of [
    ['60', 'Tab'],
    ['2.5', 'Enter'],
    ['-3', 'Tab'],
    ['', 'Enter'],
  ]) {
    await options.newPerDay.fill(typed as string);
    await options.newPerDay.press(key as string);
    expect(await options.newPerDay.getAttribute('aria-invalid'), typed).toBe('true');
    expect(await options.descriptionsOf(options.newPerDay), typed).toEqual([
      'Enter a whole number from 0 to 50.',
      expect.stringMatching(/^Questions you have never graded/),
    ]);
    expect(await options.newPerDay.evaluate((input: HTMLInputElement) => input.validationMessage)).toBe(
      'Enter a whole number from 0 to 50.',
    );
    await options.page.getByText('Enter a whole number from 0 to 50.').waitFor();
  }
  for (const colorScheme of ['light', 'dark'] as const) {
    await options.page.emulateMedia({ colorScheme });
    await options.newPerDay
      .locator('..')
      .screenshot({ path: `${SCREENSHOT_DIR}/options-field-error-${colorScheme}.png` });
  }
  expect(await stored('newPerDay')).toBe(newPerDayBefore);

  await options.newPerDay.fill('7');
  expect(await options.newPerDay.getAttribute('aria-invalid')).toBe('false');
  expect(await options.page.getByText('Enter a whole number from 0 to 50.').count()).toBe(0);
  await options.newPerDay.press('Enter');
  await options.waitForSetting('newPerDay', 7);

  await options.dailyGoal.fill('0');
  await options.dailyGoal.press('Enter');
  expect(await options.descriptionsOf(options.dailyGoal)).toEqual(['Enter a whole number from 1 to 20.']);
  await options.dailyGoal.fill('1');
  await options.dailyGoal.press('Enter');
  await options.waitForSetting('dailyGoal', 1);
  expect(await options.descriptionsOf(options.dailyGoal)).toEqual([]);
});

test('the day cells stay square in a narrow window: the year scrolls in its own box', async () => {
  const options = new OptionsPage(await session.openOptions());
  await options.page.setViewportSize({ width: 400, height: 700 });
  const today = options.page.locator('[role="gridcell"][tabindex="0"]');
  await today.waitFor();
  const size = await today.boundingBox();
  expect(size && Math.round(size.width)).toBe(Math.round(size?.height ?? 0));
  expect(await options.page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBe(0);

  // The box opens on the latest weeks, and a day the keyboard reaches is scrolled into view, clear of
  // the weekday names.
  const visibleInBox = (cell: typeof today) =>
    cell.evaluate((element) => {
      const box = element.closest('.heatmap-scroll')?.getBoundingClientRect();
      const names = element.closest('tr')?.querySelector('th')?.getBoundingClientRect();
      const day = element.getBoundingClientRect();
      return box !== undefined && names !== undefined && day.left >= names.right && day.right <= box.right;
    });
  expect(await visibleInBox(today)).toBe(true);
  await today.focus();
  await options.page.keyboard.press('Home');
  const first = options.page.locator('[role="gridcell"]:focus');
  const earliest = await options.heatmapCells.evaluateAll(
    (cells) => cells.map((cell) => cell.getAttribute('data-day') ?? '').sort()[0],
  );
  expect(await first.getAttribute('data-day')).toBe(earliest);
  expect(await visibleInBox(first)).toBe(true);

  for (const colorScheme of ['light', 'dark'] as const) {
    await options.page.emulateMedia({ colorScheme });
    await options.page.screenshot({
      path: `${SCREENSHOT_DIR}/options-narrow-${colorScheme}.png`,
      animations: 'disabled',
    });
  }
});

test('“Saved” goes after a few seconds, and clicks reach what lies beneath it meanwhile', async () => {
  const options = new OptionsPage(await session.openOptions());
  await options.page.setViewportSize({ width: 400, height: 700 });
  const daily = options.page.getByLabel('One question a day');
  const everyTab = options.page.getByLabel('A new question on every tab');
  await daily.check();
  await options.saved.getByText('Saved.').waitFor();
  // Put the radios where the notice is, at the bottom of the window.
  await everyTab.evaluate((element) => {
    const notice = document.querySelector('.toast')?.getBoundingClientRect();
    if (notice) scrollBy(0, element.getBoundingClientRect().top - notice.top);
  });
  await everyTab.click({ position: { x: 6, y: 6 }, timeout: 5_000 });
  expect(await everyTab.isChecked()).toBe(true);
  await options.saved.waitFor({ state: 'hidden', timeout: 8_000 });
  await options.waitForSetting('questionMode', 'every-tab');
});

describe.each([
  ['the options page', () => session.openOptions()],
  ['the popup', () => session.openPopup()],
])('in %s, the snooze control keeps the keyboard focus', (_surface, open) => {
  test('Enter on “1 hour” leads to Resume now, and Enter there back to “1 hour”', async () => {
    const page = await open();
    await page.getByRole('group', { name: 'Snooze new tabs' }).getByRole('button', { name: '1 hour' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedText(page)).toBe('Resume now');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedText(page)).toBe('1 hour');
    await new OptionsPage(page).waitForSetting('snoozeUntil', 0);
  });
});

describe('with a profile of its own', () => {
  let own: ExtensionSession;
  beforeEach(async () => {
    own = await launchExtension();
  });
  afterEach(() => own.dispose());

  test('the mastery table follows grades made in another tab, and its button drills the weakest topic', async () => {
    const options = new OptionsPage(await own.openOptions());
    const drillLink = options.page.getByRole('link', { name: /^(Start a topic|Drill my weakest topic): / });
    const firstOffer = (await drillLink.textContent()) ?? '';
    // Nothing is seen yet: no topic is weakest for any reason but being untouched.
    expect(firstOffer).toMatch(/^Start a topic: /);
    const topicLabel = firstOffer.replace('Start a topic: ', '');

    const [drillTab] = await Promise.all([own.context.waitForEvent('page'), drillLink.click()]);
    const drill = new PopupPage(drillTab);
    const drilled = await drill.questionHtml();
    expect(await drillTab.locator('.brand').textContent()).toBe(`Backtab · drilling ${topicLabel}`);
    const drilledTopic = bank.get(drilled)?.topic;
    expect(drilledTopic && TOPIC_LABELS[drilledTopic]).toBe(topicLabel);
    await drill.revealAnswer();
    await drillTab.keyboard.press('3');
    await drill.waitForQuestionOtherThan(drilled);

    // The options page was left open: it shows the grade without a reload.
    const row = options.page.locator('.mastery tr', {
      has: options.page.getByRole('rowheader', { name: topicLabel, exact: true }),
    });
    await expect.poll(() => row.locator('td').first().textContent()).toMatch(/^1 \/ \d+$/);
    await expect.poll(() => drillLink.textContent()).not.toBe(firstOffer);
  });

  test('Reset all progress: keeping deletes nothing, resetting clears days and grades and the page follows', async () => {
    const newTab = new NewTabPage(await own.openNewTab());
    await newTab.revealAnswer();
    await newTab.page.keyboard.press('3');
    await newTab.page.waitForFunction(() => document.querySelector('.streak-count')?.textContent === '1');
    const options = new OptionsPage(await own.openOptions());
    await options.dailyGoal.fill('2');
    await options.waitForSetting('dailyGoal', 2);
    await expect.poll(() => options.stat('Active days').textContent()).toBe('1');
    const seenCells = options.page.locator('.mastery td', { hasText: /^1 \/ \d+$/ });
    await expect.poll(() => seenCells.count()).toBe(1);

    const resetButton = options.page.getByRole('button', { name: 'Reset all progress…' });
    const confirm = options.page.getByRole('dialog', { name: 'Reset all progress?' });
    await resetButton.click();
    expect(await confirm.textContent()).toContain('1 active day and the grades of 1 question');
    // The safe choice has the focus, so an Enter pressed out of habit deletes nothing.
    await options.page.keyboard.press('Enter');
    await confirm.waitFor({ state: 'hidden' });
    expect(await resetButton.evaluate((button) => button === document.activeElement)).toBe(true);
    const { reviewStates } = await readStorage(options.page, 'local', 'reviewStates');
    expect(Object.keys(reviewStates as object)).toHaveLength(1);

    await resetButton.click();
    await confirm.getByRole('button', { name: 'Reset everything' }).click();
    await options.page.getByText('All progress was reset.').waitFor();
    await expect.poll(() => options.stat('Active days').textContent()).toBe('0');
    await expect.poll(() => seenCells.count()).toBe(0);
    expect(await readStorage(options.page, 'local', 'reviewStates')).toEqual({});
    expect(await readStorage(options.page, 'local', 'activityLog')).toEqual({});
    const sync = await readStorage(options.page, 'sync');
    expect(Object.keys(sync).filter((key) => /^(activity|reviews)\./.test(key))).toEqual([]);
    expect(sync.settings).toMatchObject({ dailyGoal: 2 });
  });

  test('a snooze calms new tabs until asked; one set under a wrong clock, years off, snoozes nothing', async () => {
    const popup = await own.openPopup();
    await popup.getByRole('group', { name: 'Snooze new tabs' }).getByRole('button', { name: '1 hour' }).click();
    await popup.getByRole('button', { name: 'Resume now' }).waitFor();
    const calm = new NewTabPage(await own.openNewTab());
    await calm.page.getByText(/^Backtab is snoozed until /).waitFor();
    await calm.page.getByRole('button', { name: 'Show me a question anyway' }).click();
    expect(bank.has(await calm.questionHtml())).toBe(true);

    // As if the snooze had been chosen while the clock read ten years ahead.
    const settings = (await readStorage(popup, 'sync', 'settings')).settings as object;
    const tenYearsOn = Date.now() + 10 * 365 * 86_400_000;
    await writeStorage(popup, 'sync', { settings: { ...settings, snoozeUntil: tenYearsOn } });
    const options = await own.openOptions();
    await new OptionsPage(options).waitForSetting('snoozeUntil', tenYearsOn);
    await options.getByRole('group', { name: 'Snooze new tabs' }).getByRole('button', { name: '1 hour' }).waitFor();
    const newTab = new NewTabPage(await own.openNewTab());
    expect(bank.has(await newTab.questionHtml())).toBe(true);
  });
});
