import { Parser } from 'htmlparser2';
import { expect } from 'vitest';
import type { FakeStorageArea } from '../fakes/storageArea.ts';

const ALLOWED_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href', 'target', 'rel'],
  ol: ['start'],
  code: ['class'],
};
const ALLOWED_ELEMENTS = new Set([
  'a',
  'br',
  'code',
  'em',
  'strong',
  's',
  'p',
  'ul',
  'ol',
  'li',
  'pre',
  'blockquote',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
]);

/**
 * Fails unless `html` is safe to set as innerHTML: first the plain string scans the issue asks for,
 * then a parse that checks every element and attribute against the allow-list, independently of the
 * sanitiser's own code.
 */
export function expectSafeHtml(html: string): void {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/ on\w+=/i);
  expect(html).not.toMatch(/<img/i);
  expect(html).not.toMatch(/<iframe/i);
  expect(html).not.toMatch(/javascript:/i);
  const found: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (!ALLOWED_ELEMENTS.has(name)) found.push(`<${name}>`);
        for (const [attribute, value] of Object.entries(attributes)) {
          if (!(ALLOWED_ATTRIBUTES[name] ?? []).includes(attribute)) found.push(`<${name} ${attribute}>`);
          if (attribute === 'href' && !/^https?:\/\//.test(value)) found.push(`href=${value}`);
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  expect(found).toEqual([]);
}

/** Every key and its stored JSON, in order: equal snapshots mean storage is byte-for-byte the same. */
export function snapshot(...areas: FakeStorageArea[]): string {
  return JSON.stringify(areas.map((area) => [area.areaName, [...area.data.entries()].sort()]));
}
