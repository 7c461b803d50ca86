// A misled model's flood through the bundled action: one answer of 30,000 findings (or the count given), all in one
// file or spread over 1,000 files. Prints the step's wall time (and Codex's part of it), the action process's peak
// RSS, and what reached GitHub. The numbers are in the README ("Limits").
//   node --import tsx bench/flood.ts [findings]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeStepDirs } from '../test/support/actions-runner.ts';
import { floodOf, floodStep, sourceFiles } from '../test/support/flood.ts';

const count = Number(process.argv[2] ?? 30_000);
const one = mkdtempSync(join(tmpdir(), 'flood-one-'));
const across = mkdtempSync(join(tmpdir(), 'flood-files-'));
try {
  const cases = [
    { name: 'in one file', workspace: one, findings: floodOf(count, sourceFiles(one, 1, count)) },
    {
      name: 'across 1,000 files',
      workspace: across,
      findings: floodOf(count, sourceFiles(across, 1000, Math.ceil(count / 1000))),
    },
  ];
  for (const c of cases) {
    const r = await floodStep(c.workspace, c.findings);
    console.log(
      `${count} findings ${c.name}: exit ${r.code}, ${r.seconds.toFixed(1)} s (Codex ${r.codexSeconds.toFixed(1)} s), peak RSS ${r.maxRssMb.toFixed(0)} MB, findings-count ${r.outputs['findings-count']}, ${r.checkRunUpdates} check-run updates, ${r.annotations} annotations`,
    );
    if (r.code !== 0)
      console.log(
        r.stdout
          .split('\n')
          .filter((l) => /^::(error|warning)/.test(l))
          .join('\n'),
        r.stderr.slice(-2000),
      );
  }
} finally {
  for (const dir of [one, across]) rmSync(dir, { recursive: true, force: true });
  removeStepDirs();
}
