// Stage 5, verify: every cluster (the most severe first, up to verify-limit) checked in a fresh Codex thread that
// names exactly that finding and knows nothing of the review. Threads run concurrently, each with a time limit; one
// that fails or times out gives an uncertain verdict, never a confirmation, and never fails the scan. A confirmed
// cluster that too few passes reported is disputed and gets a second opinion (src/verify/second-opinion.ts).
import { join } from 'node:path';
import type { Cluster } from '../../findings/cluster.js';
import { severityRank } from '../../findings/severity.js';
import { isDisputed, settle } from '../../verify/second-opinion.js';
import { readVerification, verificationPrompt, verificationSchema, type Verification } from '../../verify/verification.js';
import type { Runtime, ScanContext } from '../launchers.js';
import { pool, runFailure, runThread, type ThreadRun } from '../thread.js';
import { scanPrefix } from '../../util/paths.js';

/** A verification thread's name: the cluster's id, with the opinion's number after a second one. */
const threadName = (cluster: string, opinion: number) => (opinion === 1 ? cluster : `${cluster}-${opinion}`);

export const verifyFiles = (outputDir: string, name: string) => ({ events: join(outputDir, `v16-verify-${name}-events.jsonl`), stderr: join(outputDir, `codex-verify-${name}-stderr.log`) });

/** Most severe first, then the most votes, then location order: what verify-limit keeps. */
export function verificationOrder(clusters: readonly Cluster[]): Cluster[] {
  return [...clusters].sort((a, b) => severityRank(a.representative.severity) - severityRank(b.representative.severity) || b.votes - a.votes || Number(a.id.slice(1)) - Number(b.id.slice(1)));
}

export interface VerifiedThread {
  cluster: string;
  /** 1, or 2 for the second opinion on a disputed cluster. */
  opinion: number;
  thread: ThreadRun;
  /** This thread's own verdict (a disputed cluster's settled one is in VerifyStage.verifications). */
  verification: Verification;
}

export interface VerifyStage {
  /** Each cluster's verdict; a disputed one's is settled from both of its verifications. */
  verifications: Map<string, Verification>;
  threads: VerifiedThread[];
  notes: string[];
}

/** The verdict of one recorded verification thread (live or replayed). */
export function verdictOf(thread: { collector: ThreadRun['collector']; run: ThreadRun['run'] | null }): Verification {
  const failure = runFailure(thread.collector, thread.run);
  return { ...readVerification(thread.collector.finalMessage, failure?.reason), thread: thread.collector.threadId ?? null };
}

export function unverified(limit: number): Verification {
  return { verdict: 'unverified', reason: `Not verified: beyond verify-limit ${limit}, which verifies the most severe clusters first.`, evidence: [], exploit: null };
}

/** One verification thread of one cluster. */
async function verifyOnce(runtime: Runtime, scan: ScanContext, c: Cluster, opinion: number, o: { work: string; signal: AbortSignal }): Promise<VerifiedThread> {
  const { settings } = scan;
  const prefix = scanPrefix(settings);
  const name = threadName(c.id, opinion);
  const files = verifyFiles(settings.outputDir, name);
  const thread = await runThread(runtime, scan, {
    name: `verify-${name}`,
    stage: 'verification',
    prompt: verificationPrompt(c.representative, prefix),
    schema: verificationSchema,
    work: o.work,
    eventsFile: files.events,
    stderrFile: files.stderr,
    timeoutMs: settings.verifyTimeoutMinutes * 60_000,
    signal: o.signal,
  });
  const verification = verdictOf(thread);
  scan.log.info(`verified ${c.id} ${c.representative.file}:${c.representative.startLine}${opinion === 1 ? '' : ' (second opinion)'}: ${verification.verdict}`);
  // The finding says only that there is no verdict; why is for the person reading the log (and the report).
  if (verification.problem) scan.log.warning(`verification ${name}: ${verification.problem}`);
  return { cluster: c.id, opinion, thread, verification };
}

export async function verifyStage(runtime: Runtime, scan: ScanContext, clusters: readonly Cluster[], o: { work: string; signal: AbortSignal }): Promise<VerifyStage> {
  const { settings } = scan;
  const order = verificationOrder(clusters);
  const chosen = order.slice(0, settings.verifyLimit);
  const verifications = new Map<string, Verification>();
  for (const c of order.slice(settings.verifyLimit)) verifications.set(c.id, unverified(settings.verifyLimit));
  // A disputed cluster's second opinion runs in the slot of its first, right after it.
  const runs = await pool(chosen, settings.verifyConcurrency, async (c) => {
    const first = await verifyOnce(runtime, scan, c, 1, o);
    if (!isDisputed(c.votes, first.verification, settings)) {
      verifications.set(c.id, first.verification);
      return [first];
    }
    const second = await verifyOnce(runtime, scan, c, 2, o);
    verifications.set(c.id, settle(first.verification, second.verification));
    return [first, second];
  });
  const threads = runs.flat();
  const notes = order.length > chosen.length ? [`${order.length - chosen.length} of ${order.length} clusters were not verified (verify-limit ${settings.verifyLimit}); they are kept only with min-agreement votes.`] : [];
  const failed = threads.filter((t) => t.verification.problem);
  if (failed.length) notes.push(`${failed.length} verifications gave no verdict, so their findings count as uncertain: ${failed.slice(0, 5).map((t) => `${threadName(t.cluster, t.opinion)}: ${t.verification.problem}`).join('; ')}${failed.length > 5 ? '; …' : ''}.`);
  return { verifications, threads, notes };
}
