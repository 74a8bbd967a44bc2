import { useRef, useState } from 'preact/hooks';
import { DeckList } from '../../components/DeckList.tsx';
import { FilePicker } from '../../components/FilePicker.tsx';
import { ProblemList } from '../../components/ProblemList.tsx';
import { byteLength, DECK_LIMITS, type DeckInfo, tooLargeProblem } from '../../core/deck.ts';
import { DeckImportError, deckStore } from '../../store/decks.ts';
import { useDecks } from '../../store/useDecks.ts';
import './dataSections.css';

type Result = { ok: true; message: string; notes: string[] } | { ok: false; title: string; problems: string[] };

const ACCEPT =
  '.csv,.tsv,.txt,.md,.markdown,.json,text/csv,text/tab-separated-values,text/plain,text/markdown,application/json';

/** Custom decks: import a file, switch decks on and off, delete them. */
export function DecksSection() {
  const decks = useDecks();
  const [result, setResult] = useState<Result>();
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  const importFile = async (file: File) => {
    setBusy(true);
    setResult(undefined);
    try {
      if (file.size > DECK_LIMITS.fileBytes) {
        setResult({
          ok: false,
          title: `“${file.name}” was not imported.`,
          problems: [tooLargeProblem(file.size, DECK_LIMITS.fileBytes, 'a deck file')],
        });
        return;
      }
      const text = await file.text();
      // The parsers load only now: the page opens without them, and no other page ever needs them.
      const { parseDeckFile } = await import('../../core/deckImport.ts');
      const parsed = parseDeckFile(file.name, text);
      if (!parsed.ok) {
        setResult({ ok: false, title: `“${file.name}” was not imported; nothing changed.`, problems: parsed.problems });
        return;
      }
      const info = await deckStore().importDeck(parsed.deck);
      setResult({
        ok: true,
        message: `Added “${info.name}” with ${info.cardCount.toLocaleString()} ${info.cardCount === 1 ? 'card' : 'cards'} (${(byteLength(text) / 1024).toFixed(0)} KB file).`,
        notes: parsed.deck.warnings,
      });
    } catch (error) {
      const reason =
        error instanceof DeckImportError ? error.message : `The browser refused to save it (${String(error)}).`;
      setResult({ ok: false, title: `“${file.name}” was not imported; nothing changed.`, problems: [reason] });
    } finally {
      setBusy(false);
    }
  };

  const remove = async (deck: DeckInfo) => {
    await deckStore().deleteDeck(deck.id);
    setResult({ ok: true, message: `Deleted “${deck.name}”.`, notes: [] });
    // The row that had focus is gone: the section's heading is the nearest stable place.
    heading.current?.focus();
  };

  return (
    <section aria-labelledby="decks-title" class="card data-section">
      <h2 id="decks-title" ref={heading} tabIndex={-1}>
        Your decks
      </h2>
      <p id="decks-help" class="help">
        Add your own cards from a CSV or TSV file (Anki’s “Notes in Plain Text” export works), Markdown (a question
        line, its answer, then a line of <code>---</code>) or JSON (a list of cards with <code>question</code>,{' '}
        <code>answer</code> and <code>tags</code>). Decks stay on this device and come along in backups.
      </p>
      <div class="actions">
        <FilePicker
          label="Import a deck file"
          accept={ACCEPT}
          disabled={busy}
          describedBy="decks-help"
          onFile={(file) => void importFile(file)}
        />
      </div>
      <div class="import-result" role="status">
        {busy && <p>Reading the file…</p>}
        {result?.ok === true && (
          <>
            <p>{result.message}</p>
            {result.notes.map((note) => (
              <p class="help" key={note}>
                {note}
              </p>
            ))}
          </>
        )}
        {result?.ok === false && <ProblemList title={result.title} problems={result.problems} />}
      </div>
      {decks === undefined ? (
        <p class="loading">Loading…</p>
      ) : (
        <DeckList
          decks={decks}
          onToggle={(id, enabled) => void deckStore().setDeckEnabled(id, enabled)}
          onDelete={(deck) => void remove(deck)}
        />
      )}
    </section>
  );
}
