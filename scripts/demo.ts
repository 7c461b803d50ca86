// Runs the bundled CLI (dist/cli/index.js) on examples/vulnerable-app with the pinned Codex CLI, against the scripted
// model server the tests use (scripts/demo-model.ts: a review with one false positive, verifiers that read the code),
// then says what the verifiers decided and what the scan cost beside one bare `codex exec --json` pass over the same
// prompt. Nothing leaves this machine.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFakeResponses, type RecordedRequest } from '../test/support/fake-responses.ts';
import { demoReview, demoVerifier, meter, type Usage } from './demo-model.ts';

const root = resolve(import.meta.dirname, '..');
const codex = resolve(root, 'node_modules/.bin/codex');
const app = 'examples/vulnerable-app';
const token = 'demo-scan-token';

function run(command: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; quiet?: boolean }) {
  return new Promise<number>((done) => {
    const stdio = opts.quiet ? ('ignore' as const) : ('inherit' as const);
    const child = spawn(command, args, { cwd: opts.cwd, env: opts.env, stdio });
    child.on('exit', (c) => done(c ?? 1));
  });
}

/** The full scan, as `vega-codex scan` runs it: review, verification of every finding, judgement, report. */
async function scan(out: string) {
  const m = meter();
  const server = await startFakeResponses({
    token,
    script: m.price(demoReview()),
    verifier: m.price(demoVerifier()),
    expectOutputSchema: true,
  });
  console.log(`Scripted model server: ${server.url}`);
  const args = ['scan', app, '--out', out, '--base-url', server.url, '--codex-bin', codex, '--fail-on', 'none'];
  const env = { ...process.env, VEGA_CODEX_API_KEY: token };
  const code = await run(process.execPath, [resolve(root, 'dist/cli/index.js'), ...args], { cwd: root, env });
  await server.close();
  return { code, requests: server.requests, violations: server.violations };
}

/** The review prompt and output schema the scan's first review request carried. */
function reviewTask(requests: RecordedRequest[]): { prompt: string; schema: unknown } {
  const first = requests.find((r) => !r.verification)!;
  const messages = (first.body!.input as { role?: string; content?: { text?: string }[] }[]).filter(
    (i) => i.role === 'user',
  );
  const prompt = messages
    .at(-1)!
    .content!.map((c) => c.text ?? '')
    .join('');
  const schema = (first.body!.text as { format: { schema: unknown } }).format.schema;
  return { prompt, schema };
}

/** One bare `codex exec --json` over the same prompt and schema, a provider and nothing else configured. */
async function barePass(task: { prompt: string; schema: unknown }): Promise<Usage[]> {
  const m = meter();
  const server = await startFakeResponses({ token, script: m.price(demoReview()), expectOutputSchema: true });
  const home = mkdtempSync(join(tmpdir(), 'vega-demo-bare-'));
  try {
    writeFileSync(join(home, 'schema.json'), JSON.stringify(task.schema));
    const provider = [
      'model_provider="demo"',
      'model_providers.demo.name="demo"',
      `model_providers.demo.base_url="${server.url}"`,
      'model_providers.demo.wire_api="responses"',
      'model_providers.demo.env_key="DEMO_KEY"',
      'model_providers.demo.supports_websockets=false',
    ].flatMap((c) => ['-c', c]);
    const args = [
      'exec',
      '--json',
      '--skip-git-repo-check',
      '-s',
      'read-only',
      '--output-schema',
      join(home, 'schema.json'),
    ];
    const env = { ...process.env, CODEX_HOME: home, DEMO_KEY: token };
    const code = await run(codex, [...args, ...provider, '--', task.prompt], {
      cwd: resolve(root, app),
      env,
      quiet: true,
    });
    if (code !== 0 || server.violations.length) throw new Error(`the bare codex exec pass failed (exit ${code})`);
    return m.usages();
  } finally {
    await server.close();
    rmSync(home, { recursive: true, force: true });
  }
}

interface Verified {
  file: string;
  startLine: number;
  title: string;
  verification?: { verdict: string; reason: string } | null;
}
interface Counts {
  input: number;
  cachedInput: number;
  output: number;
  responses: number;
}
interface Report {
  findings: { items: Verified[] };
  verification: { dropped: (Verified & { reason: string })[] } | null;
  tokens: { total: Counts; byStage: Record<string, Counts> } | null;
}

/** Each verdict with its reason: what was kept, and what verification dropped. */
function printVerdicts(report: Report): void {
  console.log('\nWhat the verifiers decided (each in a fresh Codex thread that read the code):');
  const line = (verdict: string, f: Verified, reason: string) =>
    console.log(`  ${verdict.padEnd(9)} ${`${f.file.replace(`${app}/`, '')}:${f.startLine}`.padEnd(16)} ${reason}`);
  for (const f of report.findings.items) line(f.verification?.verdict ?? 'unverified', f, f.verification?.reason ?? '');
  for (const d of report.verification?.dropped ?? []) line('refuted', d, `${d.reason} (dropped)`);
}

const sum = (us: Usage[]): Counts => ({
  input: us.reduce((a, u) => a + u.input, 0),
  cachedInput: us.reduce((a, u) => a + u.cached, 0),
  output: us.reduce((a, u) => a + u.output, 0),
  responses: us.length,
});

/** The scan's tokens per stage, from its report, beside the bare pass's. */
function printTokens(report: Report, bare: Usage[]): void {
  const n = (x: number) => x.toLocaleString('en-US').padStart(9);
  const row = (label: string, c: Counts) =>
    console.log(
      `  ${label.padEnd(24)}${String(c.responses).padStart(8)}${n(c.input)}${n(c.cachedInput)}${n(c.input - c.cachedInput)}${n(c.output)}`,
    );
  const total = report.tokens!.total;
  const b = sum(bare);
  console.log('\nWhat it cost, in tokens (o200k tokens, counted by the scripted model):');
  console.log(`  ${''.padEnd(24)}requests    input   cached uncached   output`);
  for (const [stage, c] of Object.entries(report.tokens!.byStage)) row(`this scan: ${stage}`, c);
  row('this scan: total', total);
  row('bare codex exec --json', b);
  const times = (a: number, z: number) => `${(a / z).toFixed(1)}×`;
  const confirmed = report.findings.items.filter((f) => f.verification?.verdict === 'confirmed').length;
  const refuted = report.verification?.dropped.length ?? 0;
  console.log(
    `  The scan sent ${times(total.input, b.input)} the input tokens of one bare pass (${times(total.input - total.cachedInput, b.input - b.cachedInput)} uncached);`,
  );
  console.log(`  for that, ${confirmed} findings were confirmed and ${refuted} refuted, each with its reason.`);
}

const out = resolve(process.argv[2] ?? resolve(root, 'demo-results'));
const result = await scan(out);
if (result.violations.length) {
  console.error(`The model server rejected requests: ${result.violations.join('; ')}`);
  process.exit(1);
}
const report = JSON.parse(readFileSync(join(out, 'v16-report.json'), 'utf8')) as Report;
printVerdicts(report);
printTokens(report, await barePass(reviewTask(result.requests)));
console.log(
  `\nRe-render without a model: node dist/cli/index.js report --events ${out}/v16-events.jsonl --source ${app} --out ${out}/replay`,
);
process.exit(result.code);
