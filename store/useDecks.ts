import { useEffect, useState } from 'preact/hooks';
import type { DeckInfo } from '../core/deck.ts';
import { deckStore } from './decks.ts';

/** The list of custom decks, kept current as decks are imported, switched or deleted in any tab. */
export function useDecks(): DeckInfo[] | undefined {
  const [decks, setDecks] = useState<DeckInfo[]>();
  useEffect(() => {
    let unmounted = false;
    const refresh = () =>
      void deckStore()
        .listDecks()
        .then((list) => {
          if (!unmounted) setDecks(list);
        });
    refresh();
    const stop = deckStore().watch(refresh);
    return () => {
      unmounted = true;
      stop();
    };
  }, []);
  return decks;
}
