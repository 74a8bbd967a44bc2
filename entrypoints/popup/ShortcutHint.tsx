import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/** The keys of quick review, and the shortcut that opens the popup as the browser has it bound. */
export function ShortcutHint() {
  const [shortcut, setShortcut] = useState<string>();
  useEffect(() => {
    void browser.commands
      .getAll()
      .then((commands) => setShortcut(commands.find((command) => command.name === '_execute_action')?.shortcut || ''))
      .catch(() => setShortcut(''));
  }, []);
  return (
    <p class="shortcut-hint">
      <kbd>Space</kbd> reveal · <kbd>1</kbd>–<kbd>4</kbd> grade · <kbd>N</kbd> skip · <kbd>U</kbd> undo
      {shortcut ? (
        <>
          {' '}
          · open with <kbd>{shortcut}</kbd>
        </>
      ) : (
        shortcut === '' && ' · set a shortcut to open this in the browser’s extension shortcuts'
      )}
    </p>
  );
}
