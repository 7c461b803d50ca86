// The conclude stage: how the scan ended, and what that means for the step. This is the one place that decides:
//   - the status: whether a review really happened (Codex started, answered, read enough, stayed in budget);
//   - the findings the scan reports: none when the run broke, what was judged otherwise;
//   - the conclusion, where fail-on is applied: findings at or above it fail the step, unless they are outside the
//     change or, without fail-on-existing, already in the baseline.
// main, the CLI and the publishers only read the result (failureLine, exitCode).
import { readFileSync } from 'node:fs';
import type { PolicySettings } from '../../config/settings.js';
import { declines, measureCoverage, type Coverage } from '../../coverage/coverage.js';
import type { Finding } from '../../findings/finding.js';
import { meetsThreshold } from '../../findings/severity.js';
import { hintFor } from '../../report/failure.js';
import type { Conclusion, ScanReport, ScanStatus, TokenReport } from '../../report/report.js';
import type { Failure, ThreadFacts } from '../../runtime/thread.js';
import { compareFindings } from '../../sarif/sarif.js';
import { oneLine } from '../../util/log-text.js';
import type { JudgeStage } from './judge.js';
import type { PlaceStage } from './place.js';
import type { CodexStart } from './prepare.js';
import type { Estimate } from './estimate.js';
import type { IncrementStage } from './increment.js';
import type { ScopeStage } from './scope.js';
import type { Stage } from './stage.js';

export interface ScanEnd {
  status: ScanStatus;
  conclusion: Conclusion;
  /** Why the scan did not complete, and what to do. */
  failure?: Failure;
  coverage: Coverage | null;
  /** The findings the scan reports, in SARIF order. */
  findings: Finding[];
  /** Of those that count for fail-on, how many meet it. */
  atOrAboveFailOn: number;
}

interface Ended {
  scope: ScopeStage;
  increment: IncrementStage | null;
  estimate: Estimate | null;
  codex: CodexStart;
  passes: ThreadFacts[];
  place: PlaceStage;
  judge: JudgeStage;
}

/** A review that answered but did not really happen: it read nothing in scope, declined, or read too little. */
function incompleteReview(c: Coverage, summary: string, findings: number, minCoverage: number): Failure | undefined {
  if (c.filesRead === 0) {
    if (findings === 0 && declines(summary)) {
      const reason = `Codex declined to review and read none of the ${c.filesInScope} files in scope: "${oneLine(summary, 200)}"`;
      return {
        status: 'incomplete',
        reason,
        hint: 'Check the model and the prompt, and whether the endpoint filters security work.',
      };
    }
    const reason = `Codex answered without reading any of the ${c.filesInScope} files in scope, so no review happened.`;
    const hint =
      'Check that the model calls tools through this endpoint (see the commands in v16-report.json and v16-events.jsonl).';
    return { status: 'incomplete', reason, hint };
  }
  if (c.percent < minCoverage) {
    const read = `${c.filesRead} of ${c.filesInScope} files in scope (${c.percent} %)`;
    const hint = 'Narrow the scope (include, exclude, shard), raise timeout-minutes, or lower min-coverage.';
    return { status: 'incomplete', reason: `The review read ${read}, under min-coverage ${minCoverage} %.`, hint };
  }
  return undefined;
}

const BUDGET_HINT = 'Raise max-tokens, or narrow the scope (include, exclude, shard).';

function overBudget(t: TokenReport): Failure {
  const used = `${t.used} tokens (${t.total.input} in, ${t.total.output} out)`;
  const reason = `The scan used ${used} and crossed max-tokens ${t.maxTokens}, so every Codex thread was stopped.`;
  return {
    status: 'budget_exceeded',
    reason,
    hint: BUDGET_HINT,
  };
}

/** The first thing that went wrong, checked in the order it would have happened. */
function scanFailure(
  f: Ended,
  tokens: TokenReport | null,
  coverage: Coverage | null,
  minCoverage: number,
): Failure | undefined {
  if (f.codex.startFailure) return { status: 'failed', ...f.codex.startFailure };
  if (f.scope.nothingToReview) return undefined;
  if (f.estimate?.overBudget) return { status: 'budget_exceeded', reason: f.estimate.overBudget, hint: BUDGET_HINT };
  if (tokens?.exceeded) return overBudget(tokens);
  if (f.place.failure) return f.place.failure;
  const answered = f.place.passes.reduce((n, p) => n + p.length, 0);
  return coverage ? incompleteReview(coverage, f.place.summary, answered, minCoverage) : undefined;
}

function lastStderrLines(file: string | null, n = 5): string {
  if (!file) return '';
  try {
    // Codex's routine notices are not what went wrong.
    const routine =
      /^(WARNING: proceeding, even though we could not create PATH aliases|Reading additional input from stdin)/;
    const lines = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .filter((l) => l.trim() !== '' && !routine.test(l));
    return lines.slice(-n).join('\n');
  } catch {
    return '';
  }
}

/** What to do about a failure that did not say: from Codex's stderr and notices, or its last words. */
function withHint(failure: Failure, first: ThreadFacts | undefined): Failure {
  if (failure.hint) return failure;
  const stderrTail = lastStderrLines(first?.files.stderr ?? null);
  let hint =
    hintFor(`${failure.reason}\n${stderrTail}`) ?? hintFor((first?.collector.notices ?? []).slice(-3).join('\n'));
  if (!hint && failure.status === 'failed' && stderrTail)
    hint = `Codex's last words on stderr: ${oneLine(stderrTail, 400)}`;
  return { ...failure, hint };
}

function concludeStage(
  policy: Pick<PolicySettings, 'minCoverage' | 'failOn' | 'failOnExisting'>,
  f: Ended,
  tokens: TokenReport | null,
): ScanEnd {
  const reads = f.passes[0]?.collector.reads?.reads ?? new Map();
  const coverage = f.scope.nothingToReview ? null : measureCoverage(f.scope.inScope, reads);
  const found = scanFailure(f, tokens, coverage, policy.minCoverage);
  const failure = found && withHint(found, f.passes[0]);
  // Nothing left to review since the last review of a pull request is a review that is complete, not an empty one.
  const upToDate = f.increment?.mode === 'incremental' && !f.increment.whole.nothingToReview;
  const idle = f.scope.nothingToReview && !upToDate;
  const status: ScanStatus = failure?.status ?? (idle ? 'nothing_to_review' : 'completed');
  // What was learned is kept when the review answered but cannot be trusted whole; a run that broke has no answer.
  const broke = failure && !['incomplete', 'budget_exceeded'].includes(failure.status);
  const findings = broke ? [] : [...f.judge.kept].sort(compareFindings);
  // Known findings of the baseline do not fail the step again unless fail-on-existing asks for it.
  const counted = findings.filter((x) => !x.outsideChange && (policy.failOnExisting || x.baseline !== 'existing'));
  const atOrAboveFailOn = counted.filter((x) => meetsThreshold(x.severity, policy.failOn)).length;
  const conclusion: Conclusion =
    status === 'timed_out'
      ? 'timed_out'
      : status === 'cancelled'
        ? 'cancelled'
        : failure || atOrAboveFailOn > 0
          ? 'failure'
          : 'success';
  return { status, conclusion, failure, coverage, findings, atOrAboveFailOn };
}

export const conclude: Stage<'policy', Ended, { end: ScanEnd }> = {
  name: 'conclude',
  title: () => 'Conclusion: status and fail-on',
  run(ctx, f) {
    const end = concludeStage(ctx.settings.policy, f, ctx.source.tokens());
    const atOrAbove = `${end.atOrAboveFailOn} findings at or above fail-on ${ctx.settings.policy.failOn}`;
    ctx.log.info(`status ${end.status}, conclusion ${end.conclusion}: ${atOrAbove}`);
    return { end };
  },
};

/** The one line that says why a step failed, or undefined when it passes. */
export function failureLine(report: ScanReport): string | undefined {
  if (report.failure) {
    const what =
      {
        timed_out: 'timed out',
        cancelled: 'was cancelled',
        incomplete: 'is incomplete',
        budget_exceeded: 'ran out of budget',
      }[report.status as string] ?? 'failed';
    return `The scan ${what}: ${report.failure.reason}${report.failure.hint ? ` ${report.failure.hint}` : ''}`;
  }
  if (report.conclusion === 'failure') {
    const counts = Object.entries(report.findings.bySeverity)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${n} ${s}`)
      .join(', ');
    const found = `${report.findings.atOrAboveFailOn} findings at or above fail-on "${report.failOn}" (${counts})`;
    return `Codex found ${found}. See the SARIF and report for details.`;
  }
  return undefined;
}

/** The CLI's exit status: 2 when the scan did not complete, 1 for findings at or above fail-on, else 0. */
export function exitCode(report: Pick<ScanReport, 'failure' | 'conclusion'>): number {
  return report.failure ? 2 : report.conclusion === 'failure' ? 1 : 0;
}
