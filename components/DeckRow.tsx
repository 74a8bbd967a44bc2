import { useEffect, useRef, useState } from 'preact/hooks';
import type { DeckInfo } from '../core/deck.ts';

interface Props {
  deck: DeckInfo;
  onToggle: (enabled: boolean) => void;
  onDelete: () => void;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** One custom deck: its switch, and a delete that asks once before it acts. */
export function DeckRow({ deck, onToggle, onDelete }: Props) {
  const [confirming, setConfirming] = useState(false);
  const keepButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  const switchId = `deck-switch-${deck.id}`;
  const detailsId = `deck-details-${deck.id}`;

  useEffect(() => {
    // Keyboard users land on the safe choice when asked, and back on Delete when they decline.
    if (confirming) keepButton.current?.focus();
    else if (asked.current) deleteButton.current?.focus();
  }, [confirming]);

  return (
    <li class="deck-row">
      <div class="deck-main">
        <input
          id={switchId}
          type="checkbox"
          role="switch"
          class="deck-switch"
          checked={deck.enabled}
          aria-checked={deck.enabled}
          aria-describedby={detailsId}
          onChange={(event) => onToggle(event.currentTarget.checked)}
        />
        <label for={switchId} class="deck-name">
          {deck.name}
        </label>
        <span id={detailsId} class="deck-details">
          {deck.cardCount.toLocaleString()} {deck.cardCount === 1 ? 'card' : 'cards'} · imported{' '}
          {dateFormat.format(deck.importedAt)} · {deck.enabled ? 'on' : 'off'}
        </span>
      </div>
      {confirming ? (
        <fieldset class="deck-confirm">
          <legend>
            Delete “{deck.name}” and its {deck.cardCount.toLocaleString()} {deck.cardCount === 1 ? 'card' : 'cards'}?
          </legend>
          <button type="button" class="button button-danger" onClick={onDelete}>
            Delete
          </button>
          <button type="button" class="button" ref={keepButton} onClick={() => setConfirming(false)}>
            Keep
          </button>
        </fieldset>
      ) : (
        <button
          type="button"
          class="button button-quiet"
          ref={deleteButton}
          aria-label={`Delete ${deck.name}`}
          onClick={() => {
            asked.current = true;
            setConfirming(true);
          }}
        >
          Delete
        </button>
      )}
    </li>
  );
}
