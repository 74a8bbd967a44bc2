import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ExtensionSession, launchExtension } from './extension.ts';
import { BackupSection } from './pages/BackupSection.ts';
import { DecksSection } from './pages/DecksSection.ts';
import { NewTabPage } from './pages/NewTabPage.ts';
import { PopupPage } from './pages/PopupPage.ts';
import { WelcomePage } from './pages/WelcomePage.ts';

/**
 * Privacy by construction: using every surface, the extension requests nothing but its own files.
 * Every request of the browser context is recorded - pages, the popup, the options page and the
 * background service worker (Playwright reports service workers' requests in Chromium).
 */

let session: ExtensionSession;
const requests: { url: string; from: string }[] = [];

beforeAll(async () => {
  session = await launchExtension();
  session.context.on('request', (request) => {
    const frame = (() => {
      try {
        return request.frame().url();
      } catch {
        // Requests of a service worker belong to no frame.
        return request.serviceWorker()?.url() ?? 'service worker';
      }
    })();
    requests.push({ url: request.url(), from: frame });
  });
});
afterAll(() => session.dispose());

/** What the extension may load: its own files, and data or blobs it made itself. */
function isOwn(url: string): boolean {
  return (
    url.startsWith(`chrome-extension://${session.extensionId}/`) || url.startsWith('data:') || url.startsWith('blob:')
  );
}

test('using every surface makes no request outside the extension', async () => {
  // The welcome page: the one opened on install, and one opened afresh so its requests are recorded.
  await (await WelcomePage.find(session.context)).heading.waitFor();
  const welcomePage = await session.context.newPage();
  await welcomePage.goto(`chrome-extension://${session.extensionId}/welcome.html`);
  const welcome = new WelcomePage(welcomePage);
  await welcome.showAnswerButton.click();
  await welcome.answer.waitFor({ state: 'visible' });

  // The new tab: a question, its answer, the next question.
  const newTab = new NewTabPage(await session.openNewTab());
  const first = await newTab.questionHtml();
  await newTab.revealAnswer();
  await newTab.page.keyboard.press('Escape');
  await newTab.dialog.waitFor({ state: 'hidden' });
  await newTab.nextQuestionButton.click();
  await newTab.page.waitForFunction((previous) => document.querySelector('main h1')?.innerHTML !== previous, first);

  // The popup: reveal.
  const popup = new PopupPage(await session.openPopup());
  await popup.revealAnswer();

  // The options page: import a deck whose cards hold links and images, export a backup, import it.
  const options = await session.openOptions();
  const decks = new DecksSection(options);
  await decks.importFile(
    'links.md',
    '# Where is the spec?\nAt [RFC 9110](https://www.rfc-editor.org/rfc/rfc9110) ![logo](https://example.com/logo.png) <img src="https://example.com/pixel.gif">\n',
  );
  await decks.deckSwitch('links').waitFor();
  const backup = new BackupSection(options);
  const { text } = await backup.export();
  await backup.importFile('backup.json', text);
  await backup.root.getByText('This backup matches what this device holds').waitFor();

  // Whatever the pages started, give it time to go out.
  await options.waitForTimeout(1_000);

  // The recorder must be able to fail: one request of our own from a page and one from the service
  // worker, to addresses that can never resolve, have to show up in the record.
  const probes = ['https://page-probe.invalid/', 'https://worker-probe.invalid/'];
  await options.evaluate((url) => fetch(url).catch(() => undefined), probes[0] as string);
  const [worker] = session.context.serviceWorkers();
  await worker?.evaluate((url) => fetch(url).catch(() => undefined), probes[1] as string);
  await expect.poll(() => probes.filter((probe) => requests.some(({ url }) => url === probe))).toEqual(probes);

  expect(requests.length, 'the recorder saw the extension load its own files').toBeGreaterThan(10);
  const foreign = requests.filter(({ url }) => !isOwn(url) && !probes.includes(url));
  expect(foreign).toEqual([]);
});
