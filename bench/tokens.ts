// What a scan sends to the model, counted at the stand-in: real scans of examples/vulnerable-app by the pinned Codex
// (direct mode) against test/support/fake-responses.ts, each kind side by side with a bare `codex exec --json` pass
// of the same review prompt and the same scripted answers. Every request body is counted with the o200k_base
// encoding (gpt-tokenizer).
//
// Counted text: the body as received (JSON.stringify of the parsed body keeps its key order), less each input item's
// `id`, which is Codex's own bookkeeping (a fresh UUID per item and thread) that an endpoint does not render to the
// model. Uncached: a request's tokens less the longest token prefix it shares with any earlier request under the same
// `prompt_cache_key`, as a prompt cache bills it (exact token prefix; a real cache rounds down to its block size).
// Threads are the stand-in's own `thread` of each request, so a scan whose threads share one key still counts them.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { encode } from 'gpt-tokenizer/encoding/o200k_base';
import type { LastReview } from '../src/increment/record.js';
import { runScan, type ScanOutcome } from '../src/scan/pipeline.js';
import { outputSchema } from '../src/findings/schema.js';
import { silentLog } from '../src/util/log.js';
import {
  startFakeResponses,
  toolCall,
  verdict,
  verifiedFinding,
  VERIFY_PREFIX,
  type RecordedRequest,
  type Script,
} from '../test/support/fake-responses.ts';
import { CODEX_BIN, EXAMPLE, settingsFor, TOKEN, type ScanOverrides } from '../test/support/harness.ts';
import { reviewScript } from '../test/support/scripted-review.ts';

export interface ScanTokens {
  kind: string;
  threads: number;
  requests: number;
  raw: number;
  uncached: number;
  /** Tokens before the scan's own prompt text, per request (mean). */
  overheadPerRequest: number;
  /** Tool names offered in the first request (`additional_tools` input item, or `tools`). */
  tools: string[];
}

export interface TokenBench {
  scans: ScanTokens[];
  /** The targets for the defaults against the bare pass. */
  rawRatio: number;
  uncachedRatio: number;
  ok: boolean;
}

/** The body as counted: as received, without the per-item ids the model never reads. */
function countedText(body: Record<string, unknown>): string {
  const input = Array.isArray(body.input) ? (body.input as Record<string, unknown>[]) : [];
  const items = input.map((item) => Object.fromEntries(Object.entries(item).filter(([k]) => k !== 'id')));
  return JSON.stringify({ ...body, input: items });
}

function sharedPrefix(a: number[], b: number[]): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a[i] === b[i]) i++;
  return i;
}

function textsOf(item: Record<string, unknown>): string[] {
  const content = Array.isArray(item.content) ? (item.content as { text?: unknown }[]) : [];
  return content.map((c) => (typeof c.text === 'string' ? c.text : ''));
}

/** The scan's own prompt: the first user text that is not Codex's `<environment_context>` or the like. */
export function promptOf(body: Record<string, unknown>): string | undefined {
  const input = Array.isArray(body.input) ? (body.input as Record<string, unknown>[]) : [];
  for (const item of input)
    if (item.role === 'user') for (const t of textsOf(item)) if (t !== '' && !t.startsWith('<')) return t;
  return undefined;
}

function toolNames(tools: unknown): string[] {
  if (!Array.isArray(tools)) return [];
  return (tools as { name?: string; type?: string; tools?: unknown }[]).flatMap((t) =>
    Array.isArray(t.tools) ? toolNames(t.tools) : [t.name ?? t.type ?? '?'],
  );
}

function offeredTools(body: Record<string, unknown>): string[] {
  const input = Array.isArray(body.input) ? (body.input as Record<string, unknown>[]) : [];
  const item = input.find((i) => i.type === 'additional_tools');
  return [...toolNames(item?.tools), ...toolNames(body.tools)];
}

/** Tokens of the counted text before the prompt begins (the whole request when no prompt is found). */
function overheadOf(text: string, body: Record<string, unknown>): number {
  const prompt = promptOf(body);
  const at = prompt ? text.indexOf(JSON.stringify(prompt.slice(0, 60)).slice(1, -1)) : -1;
  return encode(at < 0 ? text : text.slice(0, at)).length;
}

export function countScan(kind: string, requests: readonly RecordedRequest[]): ScanTokens {
  const earlier = new Map<string, number[][]>();
  let raw = 0;
  let uncached = 0;
  let overhead = 0;
  for (const r of requests) {
    const body = r.body ?? {};
    const text = countedText(body);
    const tokens = encode(text);
    const key = typeof body.prompt_cache_key === 'string' ? body.prompt_cache_key : `thread:${r.thread}`;
    const seen = earlier.get(key) ?? [];
    const cached = Math.max(0, ...seen.map((e) => sharedPrefix(e, tokens)));
    earlier.set(key, [...seen, tokens]);
    raw += tokens.length;
    uncached += tokens.length - cached;
    overhead += overheadOf(text, body);
  }
  return {
    kind,
    threads: new Set(requests.map((r) => r.thread)).size,
    requests: requests.length,
    raw,
    uncached,
    overheadPerRequest: requests.length ? Math.round(overhead / requests.length) : 0,
    tools: requests[0]?.body ? offeredTools(requests[0].body) : [],
  };
}

/** A verifier that reads the finding's lines, then confirms it citing them: two requests per verification. */
export function readingVerifier(): Script {
  return (request) => {
    const f = verifiedFinding(request);
    if (!f) return verdict('uncertain', 'The prompt names no finding.');
    if (request.threadIndex === 0) return toolCall(`sed -n '${f.startLine},${f.endLine + 5}p' ${f.file}`);
    return verdict('confirmed', `The code at ${f.file}:${f.startLine} does what the finding says.`, [
      { file: f.file, line: f.startLine, note: 'the reported line' },
    ]);
  };
}

/** Each review thread answers on its own (a pass per thread), as `script` does for one. */
export function perThread(script: Script = reviewScript()): Script {
  return (r) => script({ ...r, index: r.threadIndex });
}

export interface StandInScan {
  outcome: ScanOutcome;
  requests: RecordedRequest[];
}

/**
 * One scan by the action (direct mode) with the scripted review (`script`, the defaults kind's without) and the
 * reading verifier at the stand-in; it must complete, and every request must pass the stand-in's checks.
 */
export async function scanAtStandIn(
  over: ScanOverrides,
  o: { script?: Script; lastReview?: LastReview } = {},
): Promise<StandInScan> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-tokens-'));
  const server = await startFakeResponses({
    token: TOKEN,
    script: o.script ?? perThread(),
    verifier: readingVerifier(),
    expectOutputSchema: true,
  });
  try {
    const outcome = await runScan(settingsFor(dir, server.url, over), TOKEN, silentLog, { lastReview: o.lastReview });
    if (outcome.report.status !== 'completed' || server.violations.length)
      throw new Error(
        `scan ${JSON.stringify(over)}: ${outcome.report.status} ${outcome.report.failure?.reason ?? ''} ${server.violations.join('; ')}`,
      );
    return { outcome, requests: server.requests };
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const actionScan = async (over: ScanOverrides) => (await scanAtStandIn(over)).requests;

/** `codex exec --json` with nothing of the action around it: a provider at the stand-in, the schema, the prompt. */
function bareArgs(baseUrl: string, schema: string, prompt: string): string[] {
  const provider = 'model_providers.bench';
  const config = [
    'model_provider="bench"',
    `${provider}.name="bench"`,
    `${provider}.base_url=${JSON.stringify(baseUrl)}`,
    `${provider}.wire_api="responses"`,
    `${provider}.env_key="BENCH_MODEL_KEY"`,
    `${provider}.supports_websockets=false`,
  ];
  const base = ['exec', '--json', '--skip-git-repo-check', '--sandbox', 'read-only', '--output-schema', schema];
  return [...base, ...config.flatMap((c) => ['-c', c]), '--', prompt];
}

async function bareScan(prompt: string): Promise<RecordedRequest[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-tokens-bare-'));
  const server = await startFakeResponses({ token: TOKEN, script: reviewScript(), expectOutputSchema: true });
  try {
    const schema = join(dir, 'schema.json');
    writeFileSync(schema, JSON.stringify(outputSchema));
    for (const d of ['codex', 'home']) mkdirSync(join(dir, d));
    const env = {
      PATH: process.env.PATH,
      HOME: join(dir, 'home'),
      CODEX_HOME: join(dir, 'codex'),
      BENCH_MODEL_KEY: TOKEN,
    };
    const child = spawn(CODEX_BIN, bareArgs(server.url, schema, prompt), { env, cwd: EXAMPLE, stdio: 'ignore' });
    const timer = setTimeout(() => child.kill(), 120_000);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearTimeout(timer);
    if (code !== 0 || server.violations.length)
      throw new Error(`bare codex exec exited ${code}: ${server.violations.join('; ')}`);
    return server.requests;
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const ratio = (a: number, b: number) => (b ? a / b : 0);

/** `quick`: the bare pass, no verification and the defaults only (passes 3 is the longest scan). */
export async function benchTokens({ quick = false } = {}): Promise<TokenBench> {
  const noVerify = await actionScan({ passes: 1, verify: false });
  const prompt = noVerify.map((r) => promptOf(r.body ?? {})).find((p) => p && !p.startsWith(VERIFY_PREFIX));
  if (!prompt) throw new Error('no review prompt in the scan without verification');
  const bare = countScan('bare codex exec --json', await bareScan(prompt));
  const scans = [
    bare,
    countScan('action, passes 1, verify false', noVerify),
    countScan('action defaults (passes 1, verify)', await actionScan({ passes: 1, verify: true })),
  ];
  if (!quick)
    scans.push(countScan('action, passes 3, verify', await actionScan({ passes: 3, minAgreement: 2, verify: true })));
  const defaults = scans[2]!;
  const rawRatio = ratio(defaults.raw, bare.raw);
  const uncachedRatio = ratio(defaults.uncached, bare.uncached);
  return { scans, rawRatio, uncachedRatio, ok: rawRatio <= 3 && uncachedRatio <= 1.5 };
}

export const n = (x: number) => x.toLocaleString('en-US');

export function formatTokens(t: TokenBench): string[] {
  const bare = t.scans[0]!;
  const lines = t.scans.map(
    (s) =>
      `  ${s.kind.padEnd(36)} ${String(s.threads).padStart(3)} / ${String(s.requests).padEnd(3)} raw ${n(s.raw).padStart(8)} (${ratio(s.raw, bare.raw).toFixed(2)}×)  uncached ${n(s.uncached).padStart(8)} (${ratio(s.uncached, bare.uncached).toFixed(2)}×)  overhead/request ${n(s.overheadPerRequest).padStart(6)} (${ratio(s.overheadPerRequest, bare.overheadPerRequest).toFixed(2)}×)  tools ${s.tools.length} (${ratio(s.tools.length, bare.tools.length).toFixed(2)}×)`,
  );
  const tools = t.scans.map((s) => `  tools, ${s.kind}: ${s.tools.join(', ') || 'none'}`);
  const mark = (met: boolean) => (met ? 'met   ' : 'missed');
  return [
    '  scan kind                            threads / requests, input tokens (o200k) and their ratio to the bare pass',
    ...lines,
    ...tools,
    `  ${mark(t.rawRatio <= 3)} defaults raw input      ${t.rawRatio.toFixed(2)}× the bare pass (target <= 3)`,
    `  ${mark(t.uncachedRatio <= 1.5)} defaults uncached input ${t.uncachedRatio.toFixed(2)}× the bare pass (target <= 1.5)`,
  ];
}

// `npx tsx bench/tokens.ts [--quick]`: this benchmark alone, exit 1 when a target is missed.
if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  const t = await benchTokens({ quick: process.argv.includes('--quick') });
  for (const line of formatTokens(t)) console.log(line);
  process.exitCode = t.ok ? 0 : 1;
}
