// The verify stage: every cluster (the most severe first, up to verify-limit) checked in a fresh Codex thread that
// names exactly that finding and knows nothing of the review. Threads run concurrently, each with a time limit; one
// that fails or times out gives an uncertain verdict, never a confirmation, and never fails the scan. A confirmed
// cluster that too few passes reported is disputed and gets a second opinion (src/verify/second-opinion.ts).
import type { Cluster } from '../../findings/cluster.js';
import type { Verification } from '../../findings/finding.js';
import { severityRank } from '../../findings/severity.js';
import { verificationName } from '../../runtime/files.js';
import { pool, runFailure, type ThreadFacts } from '../../runtime/thread.js';
import { isDisputed, settle } from '../../verify/second-opinion.js';
import { codeExcerpt } from '../../verify/excerpt.js';
import { readVerification, verificationPrompt } from '../../verify/verification.js';
import type { PlaceStage } from './place.js';
import type { Stage, StageContext } from './stage.js';

/** Most severe first, then the most votes, then location order: what verify-limit keeps. */
function verificationOrder(clusters: readonly Cluster[]): Cluster[] {
  return [...clusters].sort(
    (a, b) =>
      severityRank(a.representative.severity) - severityRank(b.representative.severity) ||
      b.votes - a.votes ||
      Number(a.id.slice(1)) - Number(b.id.slice(1)),
  );
}

export interface VerifiedThread {
  cluster: string;
  /** 1, or 2 for the second opinion on a disputed cluster. */
  opinion: number;
  thread: ThreadFacts;
  /** This thread's own verdict (a disputed cluster's settled one is in VerifyStage.verdicts). */
  verification: Verification;
}

export interface VerifyStage {
  /** Each cluster's verdict; a disputed one's is settled from both of its verifications. */
  verdicts: Map<string, Verification>;
  threads: VerifiedThread[];
  notes: string[];
}

/** The verdict of one recorded verification thread (live or replayed). */
function verdictOf(thread: Pick<ThreadFacts, 'collector' | 'run'>): Verification {
  const failure = runFailure(thread.collector, thread.run);
  return {
    ...readVerification(thread.collector.finalMessage, failure?.reason),
    thread: thread.collector.threadId ?? null,
  };
}

export function unverified(limit: number): Verification {
  const reason = `Not verified: beyond verify-limit ${limit}, which verifies the most severe clusters first.`;
  return { verdict: 'unverified', reason, evidence: [], exploit: null };
}

/** A replayed scan that holds no verification thread of a cluster (the scan stopped before it). */
const NOT_RECORDED: Verification = {
  verdict: 'unverified',
  reason: 'Not verified: the recorded scan holds no verification of it.',
  evidence: [],
  exploit: null,
};

type Ctx = StageContext<'target' | 'policy'>;

/** One verification thread of one cluster; a replay without it recorded leaves the cluster unverified. */
async function verifyOnce(ctx: Ctx, c: Cluster, opinion: number): Promise<VerifiedThread | undefined> {
  const { target } = ctx.settings;
  const code = codeExcerpt(target.repoRoot, c.representative);
  const prompt = verificationPrompt(c.representative, target.prefix, code);
  const thread = await ctx.source.verify({ cluster: c.id, opinion, prompt });
  if (!thread) return undefined;
  const verification = verdictOf(thread);
  const which = `${c.id} ${c.representative.file}:${c.representative.startLine}${opinion === 1 ? '' : ' (second opinion)'}`;
  ctx.log.info(`verified ${which}: ${verification.verdict}`);
  // The finding says only that there is no verdict; why is for the person reading the log (and the report).
  if (verification.problem) ctx.log.warning(`verification ${verificationName(c.id, opinion)}: ${verification.problem}`);
  return { cluster: c.id, opinion, thread, verification };
}

/** A cluster's first verification and, when it is disputed, its second, which runs in the slot of the first. */
async function verifyCluster(ctx: Ctx, c: Cluster, verdicts: Map<string, Verification>): Promise<VerifiedThread[]> {
  const { policy } = ctx.settings;
  const first = await verifyOnce(ctx, c, 1);
  if (!first) {
    verdicts.set(c.id, NOT_RECORDED);
    return [];
  }
  const second = isDisputed(c.votes, first.verification, policy) ? await verifyOnce(ctx, c, 2) : undefined;
  verdicts.set(c.id, second ? settle(first.verification, second.verification) : first.verification);
  return second ? [first, second] : [first];
}

function notesOf(threads: VerifiedThread[], order: Cluster[], chosen: number, limit: number): string[] {
  const left = `${order.length - chosen} of ${order.length} clusters were not verified (verify-limit ${limit})`;
  const notes = order.length > chosen ? [`${left}; they are kept only with min-agreement votes.`] : [];
  const failed = threads.filter((t) => t.verification.problem);
  const listed = failed.slice(0, 5).map((t) => `${verificationName(t.cluster, t.opinion)}: ${t.verification.problem}`);
  const more = failed.length > 5 ? '; …' : '';
  if (failed.length)
    notes.push(
      `${failed.length} verifications gave no verdict, so their findings count as uncertain: ${listed.join('; ')}${more}.`,
    );
  return notes;
}

async function verifyStage(ctx: Ctx, clusters: readonly Cluster[]): Promise<VerifyStage> {
  const { policy } = ctx.settings;
  const order = verificationOrder(clusters);
  const chosen = order.slice(0, policy.verifyLimit);
  const verdicts = new Map<string, Verification>();
  for (const c of order.slice(policy.verifyLimit)) verdicts.set(c.id, unverified(policy.verifyLimit));
  const threads = (await pool(chosen, policy.verifyConcurrency, (c) => verifyCluster(ctx, c, verdicts))).flat();
  return { verdicts, threads, notes: notesOf(threads, order, chosen.length, policy.verifyLimit) };
}

/** Nothing to verify: verification is off, the review failed, found nothing, or spent the budget. */
function skips(ctx: Ctx, f: { place: PlaceStage; clusters: Cluster[] }): boolean {
  return !ctx.settings.policy.verify || !!f.place.failure || f.clusters.length === 0 || ctx.source.exhausted();
}

export const verify: Stage<
  'target' | 'policy',
  { place: PlaceStage; clusters: Cluster[] },
  { verification: VerifyStage }
> = {
  name: 'verify',
  title: (ctx, f) => {
    if (skips(ctx, f)) return 'Codex: no verification';
    return `Codex: verifying ${Math.min(f.clusters.length, ctx.settings.policy.verifyLimit)} findings, each in its own thread`;
  },
  async run(ctx, f) {
    if (skips(ctx, f)) return { verification: { verdicts: new Map(), threads: [], notes: [] } };
    return { verification: await verifyStage(ctx, f.clusters) };
  },
};
