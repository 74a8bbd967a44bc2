import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'wxt';
import { compileBank } from '../questions/compileBank.ts';

export interface BenchBank {
  dir: string;
  /** Which bank, and why, for the report. */
  label: string;
}

/**
 * The real bank when it is valid. The bank in questions/ is edited while people write and may be
 * invalid for a while; the fixture bank the tests build stands in for it then, and the report says so.
 */
export function chooseRealBank(): BenchBank {
  const real = compileBank(resolve('questions'));
  if (real.problems.length === 0) {
    return { dir: resolve('questions'), label: `questions/ (the real bank, ${real.questions.length} questions)` };
  }
  const fixture = compileBank(resolve('tests/fixtures/bank'));
  return {
    dir: resolve('tests/fixtures/bank'),
    label:
      `tests/fixtures/bank (${fixture.questions.length} questions), standing in for questions/, ` +
      `which is invalid right now (${real.problems.length} problems)`,
  };
}

const quietLogger = {
  debug() {},
  log() {},
  info() {},
  success() {},
  warn: (...args: unknown[]) => console.warn(...args),
  error: (...args: unknown[]) => console.error(...args),
  fatal: (...args: unknown[]) => console.error(...args),
  level: 1,
};

/**
 * Builds the benchmark build (the production build plus the plain page, see wxt.config.ts) of
 * `bankDir` into `outDir`, and returns the folder to load as the extension.
 */
export async function buildForBench(bankDir: string, outDir: string): Promise<string> {
  // vite-node runs this script in development mode, and Preact's Vite preset would then compile
  // JSX for debugging; what is measured must be what ships.
  process.env.NODE_ENV = 'production';
  process.env.BACKTAB_BENCH = '1';
  process.env.BACKTAB_BANK_DIR = bankDir;
  // Rolldown's own report (chunk sizes, plugin timings) would bury the figures.
  await build({
    outDir,
    logger: quietLogger,
    vite: () => ({
      logLevel: 'error',
      build: { chunkSizeWarningLimit: 100_000, rolldownOptions: { checks: { bundlerTimings: false } } },
    }),
  });
  const buildDir = join(outDir, 'chrome-mv3-bench');
  if (!existsSync(join(buildDir, 'bench-plain.html'))) throw new Error(`${buildDir} has no bench-plain.html`);
  return buildDir;
}

export interface ScriptSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/**
 * The JavaScript a page fetches before it can run: its entry script and every module that script
 * imports statically (which Vite lists as modulepreload links, and which we also follow through
 * the import statements, in case a link is missing). Chunks loaded by dynamic import() are left out.
 */
export function initialScripts(buildDir: string, htmlFile: string): ScriptSize[] {
  const html = readFileSync(join(buildDir, htmlFile), 'utf8');
  const pending = [
    ...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
  ].map((match) => join(buildDir, match[1] ?? ''));
  const seen = new Set<string>();
  const sizes: ScriptSize[] = [];
  while (pending.length > 0) {
    const path = pending.shift() ?? '';
    if (seen.has(path)) continue;
    seen.add(path);
    const code = readFileSync(path);
    sizes.push({ file: relative(buildDir, path), bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length });
    // Static `import ... from "x"`, `import "x"` and `export ... from "x"`; `import("x")` is left alone.
    for (const match of code
      .toString('utf8')
      .matchAll(/\b(?:import|export)\s*(?:[{*\w$][^'"`;()]*?\bfrom\s*)?(["'`])(\.{1,2}\/[^'"`]+)\1/g)) {
      pending.push(join(path, '..', match[2] ?? ''));
    }
  }
  return sizes;
}
