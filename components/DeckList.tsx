import type { DeckInfo } from '../core/deck.ts';
import { DeckRow } from './DeckRow.tsx';

interface Props {
  decks: readonly DeckInfo[];
  onToggle: (id: string, enabled: boolean) => void;
  onDelete: (deck: DeckInfo) => void;
}

/** The custom decks of this device, each with its switch and delete. */
export function DeckList({ decks, onToggle, onDelete }: Props) {
  if (decks.length === 0) return <p class="help">No decks yet. Cards you import are kept on this device only.</p>;
  return (
    <ul class="deck-list" aria-label="Your decks">
      {decks.map((deck) => (
        <DeckRow
          key={deck.id}
          deck={deck}
          onToggle={(enabled) => onToggle(deck.id, enabled)}
          onDelete={() => onDelete(deck)}
        />
      ))}
    </ul>
  );
}
