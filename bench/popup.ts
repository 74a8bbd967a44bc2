/**
 * `npm run bench:popup`: how soon the popup shows its first question, against a plain static page of
 * the same extension in a tab of the popup's size. Prints figures and the target; exits 0 whatever
 * they are. It measures the pages three times: driven by Playwright, then with no debugger attached
 * while they load, the extension warm and then cold (bench/unattached.ts). BENCH_SAMPLES sets the
 * number of samples of each page (default 25).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildForBench, chooseRealBank, initialScripts } from './build.ts';
import { compare, describeComparison, describeFloor, describeTakeOver, type PaintTime, rotate } from './measure.ts';
import { startBench } from './session.ts';
import { START_STATE_LABELS, START_STATES, type StartState, startUnattachedBench } from './unattached.ts';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 25);
const WARM_UP = 5;
const TARGET_RATIO = 1.15;
const POPUP_SIZE = { width: 400, height: 600 };

const workDir = mkdtempSync(join(tmpdir(), 'backtab-bench-'));
try {
  const bank = chooseRealBank();
  const buildDir = await buildForBench(bank.dir, join(workDir, 'real'));
  const bench = await startBench(buildDir);
  let samples: PaintTime[][];
  try {
    // The popup opens on the question the last new tab showed: startBench opened new tabs already.
    samples = await rotate(SAMPLES, WARM_UP, [
      () => bench.popup(POPUP_SIZE),
      () => bench.plain(POPUP_SIZE),
      () => bench.scripted(POPUP_SIZE),
    ]);
  } finally {
    await bench.session.dispose();
  }
  const [popups = [], plains = [], scripteds = []] = samples;
  const comparison = compare(popups, plains);

  // The same pages with no debugger attached while they load (bench/unattached.ts says why), warm
  // and cold. The popup shows the question the last new tab showed: startUnattachedBench opened a
  // new tab already.
  const unattachedRuns: Array<[StartState, PaintTime[][]]> = [];
  for (const start of START_STATES) {
    const unattached = await startUnattachedBench(buildDir, start, POPUP_SIZE);
    try {
      unattachedRuns.push([
        start,
        await rotate(SAMPLES, WARM_UP, [unattached.popup, unattached.plain, unattached.scripted]),
      ]);
    } finally {
      await unattached.dispose();
    }
  }

  console.log(`\nBacktab popup benchmark: ${bench.browserVersion}, headless, one browser process,`);
  console.log(`${SAMPLES} samples of each page after ${WARM_UP} warm-up rounds, in turn, each a fresh`);
  console.log(
    `${POPUP_SIZE.width}x${POPUP_SIZE.height} tab. Time from navigation start to the paint of the question.\n`,
  );
  console.log(`Bank: ${bank.label}`);
  for (const line of describeComparison('question in the popup', comparison, TARGET_RATIO)) console.log(`    ${line}`);
  console.log(`    ${describeTakeOver(popups)}`);
  for (const line of describeFloor('popup', compare(scripteds, plains), compare(popups, scripteds)))
    console.log(`    ${line}`);

  for (const [start, [unattachedPopups = [], unattachedPlains = [], unattachedScripteds = []]] of unattachedRuns) {
    console.log(`\n  the same pages with no debugger attached while they load, ${START_STATE_LABELS[start]},`);
    console.log("  in a browser window of the popup's size:");
    for (const line of describeComparison(
      'question in the popup',
      compare(unattachedPopups, unattachedPlains),
      TARGET_RATIO,
    ))
      console.log(`    ${line}`);
    const unattachedFloor = compare(unattachedScripteds, unattachedPlains);
    for (const line of describeFloor('popup', unattachedFloor, compare(unattachedPopups, unattachedScripteds)))
      console.log(`    ${line}`);
  }

  const scripts = initialScripts(buildDir, 'popup.html');
  const total = scripts.reduce((sum, script) => sum + script.gzipBytes, 0);
  console.log('\nInitial JavaScript of popup.html (entry and static imports, gzip -9, no target):');
  for (const script of scripts) {
    console.log(
      `    ${script.file.padEnd(40)} ${String(script.bytes).padStart(7)} B   ${String(script.gzipBytes).padStart(6)} B gzip`,
    );
  }
  console.log(`    total${' '.repeat(54)}${String(total).padStart(6)} B gzip`);
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
