import { useRef, useState } from 'preact/hooks';
import { DeckList } from '../../components/DeckList.tsx';
import { FilePicker } from '../../components/FilePicker.tsx';
import { ProblemList } from '../../components/ProblemList.tsx';
import { useFocusAfterRender } from '../../components/useFocusAfterRender.ts';
import { DECK_LIMITS, type DeckInfo, formatFileSize, tooLargeProblem } from '../../core/deck.ts';
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
  const resultRegion = useRef<HTMLDivElement>(null);
  const focusAfterRender = useFocusAfterRender();

  // A chosen file ends with the focus on what became of it, as in the backup section: a screen reader
  // reads the result, problems included, and a keyboard goes on from there rather than from the top.
  // The result area is hidden while empty, so it can only take the focus once the result has rendered.
  const showResult = (next: Result) => {
    setResult(next);
    focusAfterRender(() => resultRegion.current);
  };

  const importFile = async (file: File) => {
    setBusy(true);
    setResult(undefined);
    try {
      if (file.size > DECK_LIMITS.fileBytes) {
        showResult({
          ok: false,
          title: `“${file.name}” was not imported.`,
          problems: [tooLargeProblem(file.size, DECK_LIMITS.fileBytes, 'a deck file')],
        });
        return;
      }
      // Bytes, not file.text(): that would turn a binary file into text with replacement characters.
      const bytes = new Uint8Array(await file.arrayBuffer());
      // The parsers load only now: the page opens without them, and no other page ever needs them.
      const { readDeckFile } = await import('../../core/deckImport.ts');
      const parsed = readDeckFile(file.name, bytes);
      if (!parsed.ok) {
        showResult({
          ok: false,
          title: `“${file.name}” was not imported; nothing changed.`,
          problems: parsed.problems,
        });
        return;
      }
      const info = await deckStore().importDeck(parsed.deck);
      showResult({
        ok: true,
        message: `Added “${info.name}” with ${info.cardCount.toLocaleString()} ${info.cardCount === 1 ? 'card' : 'cards'} from a file of ${formatFileSize(file.size)}.`,
        notes: parsed.deck.warnings,
      });
    } catch (error) {
      const reason =
        error instanceof DeckImportError ? error.message : `The browser refused to save it (${String(error)}).`;
      showResult({ ok: false, title: `“${file.name}” was not imported; nothing changed.`, problems: [reason] });
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
      <div class="import-result" role="status" tabIndex={-1} ref={resultRegion}>
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
