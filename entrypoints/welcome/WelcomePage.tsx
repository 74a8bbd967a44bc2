import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SampleQuestion } from '../../components/SampleQuestion.tsx';
import type { Question, QuestionSummary } from '../../core/bank.ts';
import { loadBankIndex, loadQuestion } from '../../questions/loadBank.ts';
import { recordRevealNow } from '../../store/activity.ts';
import { localTimeZone } from '../../store/useStreak.ts';
import { type BrowserName, browserName } from './browserName.ts';

/** The popup's default shortcut, shown until the browser says which one is bound. */
const DEFAULT_SHORTCUT = 'Alt+Shift+Q';

const SHORTCUT_SETTINGS: Record<BrowserName, string> = {
  chrome: 'chrome://extensions/shortcuts',
  edge: 'edge://extensions/shortcuts',
  firefox: 'about:addons, then the gear menu, then Manage Extension Shortcuts',
};

/** Shown once, when Backtab is installed: what it does, a first question, and how to undo it. */
export function WelcomePage() {
  const [question, setQuestion] = useState<QuestionSummary>();
  const [answer, setAnswer] = useState<Question>();
  const [shortcut, setShortcut] = useState<string | null>(DEFAULT_SHORTCUT);
  const current = browserName(navigator.userAgent);

  useEffect(() => {
    void loadBankIndex().then((index) => {
      // A junior question is the gentlest first taste of the bank.
      const juniors = index.filter((summary) => summary.level === 'junior');
      const pool = juniors.length > 0 ? juniors : index;
      setQuestion(pool[Math.floor(Math.random() * pool.length)]);
    });
    void browser.commands
      .getAll()
      .then((commands) => {
        const popup = commands.find((command) => command.name === '_execute_action');
        // Declared but unbound: another extension took the keys, or the user removed them.
        if (popup) setShortcut(popup.shortcut || null);
      })
      .catch(() => undefined);
  }, []);

  const toggleAnswer = async () => {
    if (!question) return;
    if (answer) {
      setAnswer(undefined);
      return;
    }
    const full = await loadQuestion(question);
    if (!full) return;
    setAnswer(full);
    void recordRevealNow(localTimeZone());
  };

  return (
    <div class="welcome">
      <header class="welcome-hero">
        <img src="/icon/128.png" alt="" width="64" height="64" />
        <div>
          <h1>Welcome to Backtab</h1>
          <p class="lede">
            Every new tab now asks you one backend interview question: HTTP, SQL, caching, distributed systems and more,
            at junior, mid and senior level. Think of your answer, then reveal ours. Reveal one a day and your streak
            grows.
          </p>
        </div>
      </header>

      <main class="welcome-main">
        <section class="welcome-card" aria-labelledby="try-title">
          <h2 id="try-title">Try your first question</h2>
          {question ? (
            <SampleQuestion question={question} answer={answer} onToggle={() => void toggleAnswer()} />
          ) : (
            <p class="loading">Loading a question…</p>
          )}
          <p class="help">Or open a new tab, where a question is waiting from now on.</p>
          <div class="actions">
            <button type="button" class="button" onClick={() => void browser.tabs.create({})}>
              Open a new tab
            </button>
          </div>
        </section>

        <section class="welcome-card" aria-labelledby="shortcut-title">
          <h2 id="shortcut-title">Quick review from the keyboard</h2>
          <p>
            {shortcut ? (
              <>
                Press{' '}
                {shortcut.split('+').map((key, index) => (
                  <span key={`${index}-${key}`}>
                    {index > 0 && '+'}
                    <kbd>{key}</kbd>
                  </span>
                ))}{' '}
                on any page to open the Backtab popup: reveal, grade and go on without touching the mouse.
              </>
            ) : (
              <>The Backtab popup has no keyboard shortcut right now (another extension may use the same keys).</>
            )}
          </p>
          <p class="help">
            Change the shortcut in Chrome at <code>{SHORTCUT_SETTINGS.chrome}</code>, in Edge at{' '}
            <code>{SHORTCUT_SETTINGS.edge}</code>, and in Firefox at <code>about:addons</code>, then the gear menu, then
            Manage Extension Shortcuts.
          </p>
        </section>

        <section class="welcome-card" aria-labelledby="undo-title">
          <h2 id="undo-title">Want your browser’s own new tab back?</h2>
          <p>
            <strong>Only for a while?</strong> Snooze Backtab from the popup or its settings: new tabs show a calm page
            instead of a question until the snooze ends, and your streak and settings stay as they are.
          </p>
          <p>
            <strong>For good?</strong> A browser lets one extension replace the new tab page, and only by switching that
            extension off. Switching Backtab off also turns off its popup, shortcut and streak badge.
          </p>
          <div class="browser-steps">
            <details open={current === 'chrome'}>
              <summary>Chrome</summary>
              <p>
                Chrome may ask whether you meant to change your new tab page. Choosing to change it back turns off the
                whole extension, not just the new tab. To do it yourself, open <code>chrome://extensions</code> and
                switch Backtab off, or remove it.
              </p>
            </details>
            <details open={current === 'edge'}>
              <summary>Edge</summary>
              <p>
                Right after installing, Edge asks whether to keep the changes an extension made to the new tab page.
                Turning it off there turns off the whole extension. Later, open <code>edge://extensions</code> and
                switch Backtab off, or remove it.
              </p>
            </details>
            <details open={current === 'firefox'}>
              <summary>Firefox</summary>
              <p>
                Open <code>about:preferences#home</code>: Firefox names the extension that controls new tabs and offers
                to disable it. Or open <code>about:addons</code> and disable or remove Backtab.
              </p>
            </details>
          </div>
        </section>
      </main>

      <footer class="welcome-footer">
        <p>
          Everything Backtab keeps stays in your browser; only the browser’s own sync, if you use it, carries your
          settings and streak between your devices. Backtab makes no network requests.
        </p>
        <button type="button" class="button button-quiet" onClick={() => void browser.runtime.openOptionsPage()}>
          Settings and stats
        </button>
      </footer>
    </div>
  );
}
