import axe from 'axe-core';
import type { Page } from 'playwright-core';

type InPageAxe = { axe: typeof axe };

/**
 * Runs axe-core on what `page` shows now and lists each violation with the elements it was found on.
 *
 * The source goes in through page.evaluate, which DevTools runs outside the page's CSP: the extension
 * pages' CSP (script-src 'self') would refuse an injected <script> element.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(axe.source);
  const results = await page.evaluate(() =>
    (globalThis as unknown as InPageAxe).axe.run(document, { resultTypes: ['violations'] }),
  );
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} - on ${violation.nodes
        .map(
          (node) =>
            `${node.target.join(' ')}${node.failureSummary ? ` [${node.failureSummary.replace(/\s+/g, ' ')}]` : ''}`,
        )
        .join('; ')}`,
  );
}
