import {
  byteLength,
  cardId,
  DECK_LIMITS,
  type DeckCard,
  type DeckInfo,
  formatFileSize,
  type ParsedDeck,
  readDeckCards,
  readDeckIndex,
  uniqueDeckName,
} from '../core/deck.ts';
import { browserAreas, type StorageAreas } from './areas.ts';
import { type WithLock, withLock } from './lock.ts';
import { forgetUpcomingQuestions } from './shownQuestions.ts';

/**
 * Custom decks live in storage.local: they are large, and a device imports its own. One index key
 * lists them, so the options page can show the decks without reading any cards, and each deck's
 * cards sit under their own key, so switching a deck off or deleting it never rewrites the others.
 */
export const DECK_INDEX_KEY = 'decks';
export const DECK_KEY_PREFIX = 'deck.';
/** The lock every read-modify-write of the deck index holds (backup restore included). */
export const DECKS_LOCK = 'backtab-decks';

export const deckKey = (id: string) => `${DECK_KEY_PREFIX}${id}`;

export interface DeckStore {
  listDecks(): Promise<DeckInfo[]>;
  /** The cards of every deck that is switched on, for the picker. */
  loadEnabledCards(): Promise<DeckCard[]>;
  loadDeckCards(id: string): Promise<DeckCard[]>;
  /**
   * Stores a parsed deck (its HTML already sanitised) under a new id, renamed "<name> (2)" if a deck
   * has its name; rejects if it does not fit.
   */
  importDeck(deck: ParsedDeck): Promise<DeckInfo>;
  setDeckEnabled(id: string, enabled: boolean): Promise<void>;
  deleteDeck(id: string): Promise<void>;
  /** Calls `onChange` when the list of decks changes, here or in another tab. */
  watch(onChange: () => void): () => void;
}

export class DeckImportError extends Error {}

interface Dependencies {
  areas: StorageAreas;
  withLock: WithLock;
  newId?: () => string;
  now?: () => number;
}

/** Ten base-36 characters from the platform's random source: ids only have to differ on this device. */
export function randomDeckId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return Array.from(bytes, (byte) => (byte % 36).toString(36)).join('');
}

export function createDeckStore({ areas, withLock, newId = randomDeckId, now = Date.now }: Dependencies): DeckStore {
  const readIndex = async () => readDeckIndex((await areas.local.get(DECK_INDEX_KEY))[DECK_INDEX_KEY]);

  const updateIndex = (change: (decks: DeckInfo[]) => DeckInfo[]) =>
    withLock(DECKS_LOCK, async () => {
      const decks = await readIndex();
      await areas.local.set({ [DECK_INDEX_KEY]: change(decks) });
    });

  return {
    listDecks: readIndex,

    async loadEnabledCards() {
      const enabled = (await readIndex()).filter((deck) => deck.enabled);
      if (enabled.length === 0) return [];
      const stored = await areas.local.get(enabled.map((deck) => deckKey(deck.id)));
      return enabled.flatMap((deck) => readDeckCards(deck.id, stored[deckKey(deck.id)]));
    },

    async loadDeckCards(id) {
      return readDeckCards(id, (await areas.local.get(deckKey(id)))[deckKey(id)]);
    },

    importDeck(deck) {
      return withLock(DECKS_LOCK, async () => {
        const decks = await readIndex();
        const taken = new Set(decks.map((existing) => existing.id));
        let id = newId();
        while (taken.has(id)) id = newId();
        const cards: DeckCard[] = deck.cards.map((card, index) => ({ id: cardId(id, index), ...card }));

        const stored = await areas.local.get(decks.map((existing) => deckKey(existing.id)));
        const bytesInUse = Object.values(stored).reduce<number>(
          (sum, value) => sum + byteLength(JSON.stringify(value)),
          0,
        );
        const bytes = byteLength(JSON.stringify(cards));
        if (bytesInUse + bytes > DECK_LIMITS.totalBytes) {
          throw new DeckImportError(
            `This deck takes ${formatFileSize(bytes)} and your decks already take ${formatFileSize(bytesInUse)}; decks can take ${formatFileSize(DECK_LIMITS.totalBytes)} in all, so that every backup can be imported again. Delete a deck or split the file.`,
          );
        }

        // A name of its own, decided under the lock: two decks of one name would give their switches and
        // Delete buttons one name too, and two tabs importing at once must not both take it.
        const name = uniqueDeckName(
          deck.name,
          decks.map((existing) => existing.name),
        );
        const info: DeckInfo = { id, name, enabled: true, cardCount: cards.length, importedAt: now() };
        // One write for the cards and the index: storage applies a set() whole or not at all.
        await areas.local.set({ [deckKey(id)]: cards, [DECK_INDEX_KEY]: [...decks, info] });
        return info;
      });
    },

    async setDeckEnabled(id, enabled) {
      await updateIndex((decks) => decks.map((deck) => (deck.id === id ? { ...deck, enabled } : deck)));
      if (!enabled) forgetUpcomingQuestions();
    },

    async deleteDeck(id) {
      // The index first: once the deck is out of it, nothing reads its cards, even if removing them fails.
      await updateIndex((decks) => decks.filter((deck) => deck.id !== id));
      forgetUpcomingQuestions();
      await areas.local.remove(deckKey(id));
    },

    watch(onChange) {
      return areas.onChanged((changes, areaName) => {
        if (areaName === 'local' && DECK_INDEX_KEY in changes) onChange();
      });
    },
  };
}

let browserStore: DeckStore | undefined;

/** The deck store over the browser's own storage. */
export function deckStore(): DeckStore {
  browserStore ??= createDeckStore({ areas: browserAreas(), withLock });
  return browserStore;
}

export const listDecks = () => deckStore().listDecks();
export const loadEnabledCards = () => deckStore().loadEnabledCards();
export const importDeck = (deck: ParsedDeck) => deckStore().importDeck(deck);
export const setDeckEnabled = (id: string, enabled: boolean) => deckStore().setDeckEnabled(id, enabled);
export const deleteDeck = (id: string) => deckStore().deleteDeck(id);
