// npm run bench: event-stream throughput of the real pipeline against a bare split-and-JSON.parse loop over the
// same generated file, alternating, in separate processes; prints MB/s, their ratio and peak RSS. Then scope planning,
// scan modes, the forwarder, consensus, passes, start-up, a scan's input tokens and those of a push to a reviewed pull
// request, each with its targets.
// `npm run bench -- --quick` (or BENCH_QUICK=1): every benchmark once, with the fewest rounds and small inputs, and no
// target enforced; CI runs it so that the benchmark cannot break unnoticed. A BENCH_* variable still wins.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { generateEvents } from './generate-events.ts';
import { IMAGE as IMAGE_NAME } from '../test/support/docker.ts';

const root = resolve(import.meta.dirname, '..');
const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
/** A BENCH_* variable, else the quick pass's value or the full one. */
const setting = (name: string, full: number, fast: number) => Number(process.env[name] ?? (quick ? fast : full));
const warm = { warmUp: quick ? 0 : 1 };
const started = performance.now();
const laps: string[] = [];
let lapStart = started;
/** How long the benchmark just finished took, for the quick pass's closing line. */
function lap(name: string): void {
  const now = performance.now();
  laps.push(`${name} ${((now - lapStart) / 1000).toFixed(0)} s`);
  lapStart = now;
}
const sizeMb = setting('BENCH_EVENTS_MB', 220, 5);
const rounds = setting('BENCH_ROUNDS', 3, 1);
const dir = join(root, '.bench');
const file = join(dir, `events-${sizeMb}mb.jsonl`);
mkdirSync(dir, { recursive: true });
if (!existsSync(file)) {
  process.stdout.write(`generating ${sizeMb} MB of events... `);
  await generateEvents(file, sizeMb * 1e6);
  process.stdout.write('done\n');
}
const mb = statSync(file).size / 1e6;

interface Pass {
  mode: string;
  lines: number;
  seconds: number;
  mbps: number;
  maxRssMb: number;
}
const pass = (mode: 'real' | 'bare'): Pass =>
  JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', join(root, 'bench/stream-worker.ts'), mode, file], {
      cwd: root,
      encoding: 'utf8',
    }),
  ) as Pass;

const real: Pass[] = [];
const bare: Pass[] = [];
for (let i = 0; i < rounds; i++) {
  bare.push(pass('bare'));
  real.push(pass('real'));
}
if (real[0]!.lines !== bare[0]!.lines) throw new Error(`line counts differ: ${real[0]!.lines} vs ${bare[0]!.lines}`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const realMbps = median(real.map((p) => p.mbps));
const bareMbps = median(bare.map((p) => p.mbps));
const ratio = realMbps / bareMbps;
const peak = Math.max(...real.map((p) => p.maxRssMb));

console.log(
  `event stream: ${mb.toFixed(0)} MB, ${real[0]!.lines} lines, ${rounds} alternating rounds, node ${process.version}`,
);
console.log(
  `  bare split + JSON.parse : ${bareMbps.toFixed(1)} MB/s (peak RSS ${Math.max(...bare.map((p) => p.maxRssMb)).toFixed(0)} MB)`,
);
console.log(`  real pipeline           : ${realMbps.toFixed(1)} MB/s (peak RSS ${peak.toFixed(0)} MB)`);
console.log(`  ratio real/bare         : ${ratio.toFixed(2)} (target >= 0.50)`);
console.log(`  peak RSS real           : ${peak.toFixed(0)} MB (target < 150 MB)`);
let ok = ratio >= 0.5 && peak < 150;
lap('events');

const { generateTree } = await import('./generate-tree.ts');
const treeFiles = setting('BENCH_TREE_FILES', 200_000, 2_000);
const tree = join(dir, `tree-${treeFiles}`);
generateTree(tree, treeFiles);
const scope = JSON.parse(
  execFileSync(process.execPath, ['--import', 'tsx', join(root, 'bench/scope-worker.ts'), tree], {
    cwd: root,
    encoding: 'utf8',
  }),
) as { files: number; skipped: number; seconds: number; maxRssMb: number };
console.log(`scope planning: ${scope.files} files in scope (${scope.skipped} skipped, node_modules pruned), 16 shards`);
console.log(`  time      : ${scope.seconds.toFixed(2)} s (target < 5 s)`);
console.log(`  peak RSS  : ${scope.maxRssMb.toFixed(0)} MB (target < 300 MB)`);
ok &&= scope.seconds < 5 && scope.maxRssMb < 300;
lap('scope');

const { benchScanModes } = await import('./scan-modes.ts');
const scanRounds = setting('BENCH_SCAN_ROUNDS', 5, 1);
const modes = await benchScanModes(scanRounds, { ...warm, compressed: !quick });
console.log(
  `scripted scan, container vs direct (${scanRounds} alternating rounds${quick ? '' : ' after a warm-up'}, warm image):`,
);
console.log(`  direct    : ${modes.direct.toFixed(0)} ms (median)`);
console.log(`  container : ${modes.container.toFixed(0)} ms (median)`);
console.log(`  ratio     : ${modes.ratio.toFixed(2)} (target < 1.50)`);
console.log(
  `  image     : ${IMAGE_NAME} ${modes.imageMb.toFixed(0)} MB, ${quick ? 'compressed size not measured (quick)' : `${modes.compressedMb.toFixed(0)} MB compressed (what a pull downloads)`}`,
);
ok &&= modes.ratio < 1.5;
lap('scan modes');

const { benchForwarder } = await import('./forwarder.ts');
const fwdRounds = setting('BENCH_FORWARDER_ROUNDS', 9, 1);
const fwd = await benchForwarder(fwdRounds, warm);
console.log(
  `model forwarder in direct mode: the same codex exec, provider at the scripted model or through the forwarder (${fwdRounds} alternating rounds):`,
);
console.log(`  without   : ${fwd.direct.toFixed(0)} ms (median)`);
console.log(`  with      : ${fwd.forwarder.toFixed(0)} ms (median)`);
console.log(`  ratio     : ${fwd.ratio.toFixed(3)} (target <= 1.05)`);
ok &&= fwd.ratio <= 1.05;
lap('forwarder');

const { benchConsensus, formatConsensus } = await import('./consensus.ts');
const consensus = benchConsensus(1);
console.log(
  'consensus and verification, seeded simulation (30 true vulnerabilities, noisy passes, a verifier right 90 % of the time):',
);
for (const line of formatConsensus(consensus)) console.log(line);
ok &&= consensus.ok;
lap('consensus');

const { benchPasses } = await import('./passes.ts');
const passRounds = setting('BENCH_PASSES_ROUNDS', 7, 1);
const firstTokenMs = Number(process.env.BENCH_FIRST_TOKEN_MS ?? 300);
const paced = await benchPasses(passRounds, firstTokenMs, warm);
const instant = await benchPasses(passRounds, 0, warm);
console.log(`review passes, direct mode, scripted model (${passRounds} alternating rounds each):`);
console.log(`  answers after ${firstTokenMs} ms, a fast endpoint's first token:`);
console.log(`    1 pass    : ${paced.one.toFixed(0)} ms (median)`);
console.log(`    3 passes  : ${paced.three.toFixed(0)} ms (median, concurrent)`);
console.log(`    ratio     : ${paced.ratio.toFixed(2)} (target <= 1.50; passes one after another would give 3)`);
console.log(`  instant answers, so a pass is only Codex's own CPU work:`);
console.log(`    1 pass    : ${instant.one.toFixed(0)} ms (median)`);
console.log(
  `    3 passes  : ${instant.three.toFixed(0)} ms (median, concurrent), ${instant.threeCpuSeconds.toFixed(2)} CPU-s`,
);
console.log(
  `    ratio     : ${instant.ratio.toFixed(2)} (no target: ${availableParallelism()} cores allow no less than ${instant.coreBound.toFixed(2)})`,
);
ok &&= paced.ratio <= 1.5;
lap('passes');
const { benchColdStart, benchOverhead } = await import('./start.ts');
const cold = await benchColdStart(setting('BENCH_START_ROUNDS', 15, 1), warm);
console.log('cold start of dist/index.js to its exit (no api-key), beside a bare node -e 0, alternating:');
console.log(`  node -e 0 : ${cold.node.toFixed(0)} ms (median)`);
console.log(`  action    : ${cold.action.toFixed(0)} ms (median; target <= 150 ms)`);
ok &&= cold.action <= 150;
const overhead = await benchOverhead(setting('BENCH_OVERHEAD_ROUNDS', 6, 1), warm);
console.log('the bundled action (direct mode) beside a bare codex exec of the same scripted review, alternating:');
console.log(`  codex exec: ${overhead.bare.toFixed(0)} ms (median)`);
console.log(`  action    : ${overhead.action.toFixed(0)} ms (median)`);
console.log(`  overhead  : ${(overhead.overheadMs / 1000).toFixed(2)} s (target <= 0.30 s)`);
ok &&= overhead.overheadMs <= 300;
lap('start and overhead');

const { benchTokens, formatTokens } = await import('./tokens.ts');
const tokens = await benchTokens({ quick });
console.log(
  `a scan's input tokens at the stand-in model (o200k_base), examples/vulnerable-app, the same scripted review${quick ? ' (quick: passes 3 left out)' : ''}:`,
);
for (const line of formatTokens(tokens)) console.log(line);
ok &&= tokens.ok;
lap('tokens');

const { benchIncremental, formatIncremental } = await import('./incremental.ts');
const incremental = await benchIncremental();
console.log(
  "a one-file push to a reviewed pull request beside the pull request's first review, input tokens as above (defaults, the scripted review of the listed files):",
);
for (const line of formatIncremental(incremental)) console.log(line);
ok &&= incremental.ok;
lap('incremental');
const total = ((performance.now() - started) / 1000).toFixed(0);
if (quick)
  console.log(`quick pass: ${total} s (${laps.join(', ')}); targets not enforced (${ok ? 'all met' : 'not all met'})`);
else console.log(ok ? 'PASS' : 'FAIL');
process.exitCode = ok || quick ? 0 : 1;
