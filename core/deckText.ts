/**
 * Whether a deck file is text at all, checked before any parser sees it. A parser given an image or
 * a zip finds something in it anyway: Markdown made one card of noise, CSV blamed empty answers on
 * rows that were never rows. One check, in one place, gives every format the same clear refusal.
 */

export type DeckTextResult = { ok: true; text: string } | { ok: false; problems: string[] };

/**
 * Past this share of control characters a file is taken for binary. Text may carry a stray one,
 * pasted from a terminal or a PDF; random bytes decoded as text carry about one in ten.
 */
const MAX_CONTROL_SHARE = 0.01;

/** Tab, line feed, carriage return and form feed are how text is laid out. */
const LAYOUT_CONTROLS = new Set([0x09, 0x0a, 0x0c, 0x0d]);

function isC0Control(code: number): boolean {
  return (code < 0x20 && !LAYOUT_CONTROLS.has(code)) || code === 0x7f;
}

/** Also counts the C1 controls, never typed, and U+FFFD, which lossy decoding leaves for each invalid byte. */
function isUnprintable(code: number): boolean {
  return isC0Control(code) || (code >= 0x80 && code <= 0x9f) || code === 0xfffd;
}

function fewEnough(unprintable: number, total: number): boolean {
  return unprintable <= total * MAX_CONTROL_SHARE;
}

/**
 * A NUL never occurs in text (a UTF-16 file without its byte order mark is full of them), and text
 * is almost all printable.
 */
export function looksLikeText(text: string): boolean {
  if (text.includes('\u0000')) return false;
  let unprintable = 0;
  for (let index = 0; index < text.length; index++) if (isUnprintable(text.charCodeAt(index))) unprintable++;
  return fewEnough(unprintable, text.length);
}

/**
 * Text in a one-byte encoding such as Windows-1252, Excel's plain "CSV" on Windows: invalid UTF-8,
 * yet laid out like text. Only bytes below 0x80 are looked at, since above it every such encoding
 * has letters.
 */
function looksLikeOneByteText(bytes: Uint8Array): boolean {
  let unprintable = 0;
  for (const byte of bytes) {
    if (byte === 0) return false;
    if (isC0Control(byte)) unprintable++;
  }
  return fewEnough(unprintable, bytes.length);
}

export function notTextProblem(fileName: string): string {
  return `“${fileName}” is not a text file: export your deck as CSV, Markdown or JSON.`;
}

/** The encoding a byte order mark names; UTF-8 when there is none, as every format we read defaults to it. */
function encodingOf(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/**
 * A deck file's bytes as text: UTF-8, or UTF-16 with its byte order mark (Excel's "Unicode Text" and
 * Notepad's "Unicode"). Decoding is strict, so bytes that are not valid in the encoding refuse the
 * file instead of turning into replacement characters on cards.
 */
export function decodeDeckFile(fileName: string, bytes: Uint8Array): DeckTextResult {
  const encoding = encodingOf(bytes);
  let text: string;
  try {
    // The decoder drops the byte order mark of its own encoding.
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    if (encoding === 'utf-8' && looksLikeOneByteText(bytes)) {
      return {
        ok: false,
        problems: [`“${fileName}” is not UTF-8 text: save it again as UTF-8 (in Excel: “CSV UTF-8”), then import it.`],
      };
    }
    return { ok: false, problems: [notTextProblem(fileName)] };
  }
  return looksLikeText(text) ? { ok: true, text } : { ok: false, problems: [notTextProblem(fileName)] };
}
