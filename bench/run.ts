// npm run bench: event-stream throughput of the real pipeline against a bare split-and-JSON.parse loop over the
// same generated file, alternating, in separate processes; prints MB/s, their ratio and peak RSS.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { generateEvents } from './generate-events.ts';
import { IMAGE as IMAGE_NAME } from '../test/support/docker.ts';

const root = resolve(import.meta.dirname, '..');
const sizeMb = Number(process.env.BENCH_EVENTS_MB ?? 220);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
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

const { generateTree } = await import('./generate-tree.ts');
const treeFiles = Number(process.env.BENCH_TREE_FILES ?? 200_000);
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

const { benchScanModes } = await import('./scan-modes.ts');
const scanRounds = Number(process.env.BENCH_SCAN_ROUNDS ?? 5);
const modes = await benchScanModes(scanRounds);
console.log(`scripted scan, container vs direct (${scanRounds} alternating rounds after a warm-up, warm image):`);
console.log(`  direct    : ${modes.direct.toFixed(0)} ms (median)`);
console.log(`  container : ${modes.container.toFixed(0)} ms (median)`);
console.log(`  ratio     : ${modes.ratio.toFixed(2)} (target < 1.50)`);
console.log(
  `  image     : ${IMAGE_NAME} ${modes.imageMb.toFixed(0)} MB, ${modes.compressedMb.toFixed(0)} MB compressed (what a pull downloads)`,
);
ok &&= modes.ratio < 1.5;

const { benchForwarder } = await import('./forwarder.ts');
const fwdRounds = Number(process.env.BENCH_FORWARDER_ROUNDS ?? 9);
const fwd = await benchForwarder(fwdRounds);
console.log(
  `model forwarder in direct mode: the same codex exec, provider at the scripted model or through the forwarder (${fwdRounds} alternating rounds):`,
);
console.log(`  without   : ${fwd.direct.toFixed(0)} ms (median)`);
console.log(`  with      : ${fwd.forwarder.toFixed(0)} ms (median)`);
console.log(`  ratio     : ${fwd.ratio.toFixed(3)} (target <= 1.05)`);
ok &&= fwd.ratio <= 1.05;

const { benchConsensus, formatConsensus } = await import('./consensus.ts');
const consensus = benchConsensus(1);
console.log(
  'consensus and verification, seeded simulation (30 true vulnerabilities, noisy passes, a verifier right 90 % of the time):',
);
for (const line of formatConsensus(consensus)) console.log(line);
ok &&= consensus.ok;

const { benchPasses } = await import('./passes.ts');
const passRounds = Number(process.env.BENCH_PASSES_ROUNDS ?? 7);
const firstTokenMs = Number(process.env.BENCH_FIRST_TOKEN_MS ?? 300);
const paced = await benchPasses(passRounds, firstTokenMs);
const instant = await benchPasses(passRounds);
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
const { benchColdStart, benchOverhead } = await import('./start.ts');
const cold = await benchColdStart(Number(process.env.BENCH_START_ROUNDS ?? 15));
console.log('cold start of dist/index.js to its exit (no api-key), beside a bare node -e 0, alternating:');
console.log(`  node -e 0 : ${cold.node.toFixed(0)} ms (median)`);
console.log(`  action    : ${cold.action.toFixed(0)} ms (median; target <= 150 ms)`);
ok &&= cold.action <= 150;
const overhead = await benchOverhead(Number(process.env.BENCH_OVERHEAD_ROUNDS ?? 6));
console.log('the bundled action (direct mode) beside a bare codex exec of the same scripted review, alternating:');
console.log(`  codex exec: ${overhead.bare.toFixed(0)} ms (median)`);
console.log(`  action    : ${overhead.action.toFixed(0)} ms (median)`);
console.log(`  overhead  : ${(overhead.overheadMs / 1000).toFixed(2)} s (target <= 0.30 s)`);
ok &&= overhead.overheadMs <= 300;
console.log(ok ? 'PASS' : 'FAIL');
process.exitCode = ok ? 0 : 1;
