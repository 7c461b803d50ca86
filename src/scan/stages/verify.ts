// Stage 5, verify: every cluster (the most severe first, up to verify-limit) checked in a fresh Codex thread that
// names exactly that finding and knows nothing of the review. Threads run concurrently, each with a time limit; one
// that fails or times out gives an uncertain verdict, never a confirmation, and never fails the scan.
import { join, relative } from 'node:path';
import type { Cluster } from '../../findings/cluster.js';
import { severityRank } from '../../findings/severity.js';
import { readVerification, verificationPrompt, verificationSchema, type Verification } from '../../verify/verification.js';
import type { Runtime, ScanContext } from '../launchers.js';
import { pool, runFailure, runThread, type ThreadRun } from '../thread.js';

export const verifyFiles = (outputDir: string, cluster: string) => ({ events: join(outputDir, `v16-verify-${cluster}-events.jsonl`), stderr: join(outputDir, `codex-verify-${cluster}-stderr.log`) });

/** Most severe first, then the most votes, then location order: what verify-limit keeps. */
export function verificationOrder(clusters: readonly Cluster[]): Cluster[] {
  return [...clusters].sort((a, b) => severityRank(a.representative.severity) - severityRank(b.representative.severity) || b.votes - a.votes || Number(a.id.slice(1)) - Number(b.id.slice(1)));
}

export interface VerifyStage {
  verifications: Map<string, Verification>;
  threads: { cluster: string; thread: ThreadRun }[];
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

export async function verifyStage(runtime: Runtime, scan: ScanContext, clusters: readonly Cluster[], o: { work: string; signal: AbortSignal }): Promise<VerifyStage> {
  const { settings } = scan;
  const order = verificationOrder(clusters);
  const chosen = order.slice(0, settings.verifyLimit);
  const verifications = new Map<string, Verification>();
  for (const c of order.slice(settings.verifyLimit)) verifications.set(c.id, unverified(settings.verifyLimit));
  const prefix = relative(settings.repoRoot, settings.scanRoot).split('\\').join('/');
  const threads = await pool(chosen, settings.verifyConcurrency, async (c) => {
    const files = verifyFiles(settings.outputDir, c.id);
    const thread = await runThread(runtime, scan, {
      name: `verify-${c.id}`,
      stage: 'verification',
      prompt: verificationPrompt(c.representative, prefix),
      schema: verificationSchema,
      work: o.work,
      eventsFile: files.events,
      stderrFile: files.stderr,
      timeoutMs: settings.verifyTimeoutMinutes * 60_000,
      signal: o.signal,
    });
    verifications.set(c.id, verdictOf(thread));
    scan.log.info(`verified ${c.id} ${c.representative.file}:${c.representative.startLine}: ${verifications.get(c.id)!.verdict}`);
    return { cluster: c.id, thread };
  });
  const notes = order.length > chosen.length ? [`${order.length - chosen.length} of ${order.length} clusters were not verified (verify-limit ${settings.verifyLimit}); they are kept only with min-agreement votes.`] : [];
  return { verifications, threads, notes };
}
