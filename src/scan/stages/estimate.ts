// The estimate stage: what the scan will cost before it spends anything, from the scope's size and the policy. The
// least a review can cost (every pass sends Codex's fixed overhead and the prompt, and reads the scope once) is
// compared with max-tokens: a scope that cannot fit says so before the first request, and Codex is not started.
import type { PolicySettings } from '../../config/settings.js';
import type { Estimate } from '../../report/report.js';
import type { ScopeStage } from './scope.js';
import type { Stage } from './stage.js';

/**
 * Measured on Codex 0.169.0 with the action's thread settings (src/codex/lean.ts; o200k tokens): what every request
 * of a thread carries before the action's own prompt (tools, instructions, environment). Re-measure with
 * `npm run bench` (its token table) when codex-version or the thread settings change.
 */
export const REQUEST_OVERHEAD_TOKENS = 3_600;
const VERIFICATION_PROMPT_TOKENS = 1_000;
/** Source code runs at about this many bytes per o200k token. */
const BYTES_PER_TOKEN = 4;
/** Requests a review makes besides its reads (the first look around, the answer), and files it reads per request. */
const REVIEW_BASE_REQUESTS = 2;
const FILES_PER_REQUEST = 3;
/** Requests of one verification: read the code, answer. */
const VERIFICATION_REQUESTS = 2;
/** Findings per file in scope the estimate assumes are verified (the example app: 8 candidates in 9 files). */
const FINDINGS_PER_FILE = 1;

export type { Estimate };

type Policy = Pick<PolicySettings, 'passes' | 'verify' | 'verifyLimit' | 'maxTokens'>;

function reviewCost(scopeTokens: number, files: number, promptTokens: number) {
  const requests = REVIEW_BASE_REQUESTS + Math.ceil(files / FILES_PER_REQUEST);
  // Each read stays in the thread's history and is sent again with every later request: about half the scope each.
  const tokens = requests * (REQUEST_OVERHEAD_TOKENS + promptTokens) + Math.round((scopeTokens * requests) / 2);
  return { requests, tokens };
}

export function estimateScan(policy: Policy, scope: Pick<ScopeStage, 'inScope' | 'prompt'>): Estimate {
  const files = scope.inScope.length;
  const scopeTokens = Math.round(scope.inScope.reduce((n, f) => n + f.size, 0) / BYTES_PER_TOKEN);
  const promptTokens = Math.round(scope.prompt.length / BYTES_PER_TOKEN);
  const leastTokens = policy.passes * (REQUEST_OVERHEAD_TOKENS + promptTokens + scopeTokens);
  const review = reviewCost(scopeTokens, files, promptTokens);
  const verifications = policy.verify ? Math.min(policy.verifyLimit, Math.ceil(files * FINDINGS_PER_FILE)) : 0;
  const perVerification = VERIFICATION_REQUESTS * (REQUEST_OVERHEAD_TOKENS + VERIFICATION_PROMPT_TOKENS);
  const expectedTokens = policy.passes * review.tokens + verifications * perVerification;
  const estimate: Estimate = {
    scopeTokens,
    leastTokens,
    expectedTokens,
    assumes: { requestsPerPass: review.requests, verifications },
  };
  if (policy.maxTokens > 0 && leastTokens > policy.maxTokens) {
    const each = policy.passes === 1 ? 'one pass' : `${policy.passes} passes`;
    const passes = `${each} of ${scopeTokens} tokens of code, plus Codex's overhead`;
    const least = `at least ${leastTokens} tokens (${passes})`;
    estimate.overBudget = `The scope needs ${least}, over max-tokens ${policy.maxTokens}, so Codex was not started.`;
  }
  return estimate;
}

export const estimate: Stage<'policy', { scope: ScopeStage }, { estimate: Estimate | null }> = {
  name: 'estimate',
  title: () => 'Estimate: what the scan will cost',
  run(ctx, f) {
    if (f.scope.nothingToReview) return { estimate: null };
    const e = estimateScan(ctx.settings.policy, f.scope);
    const { requestsPerPass, verifications } = e.assumes;
    const assumed = `${requestsPerPass} requests a pass, ${verifications} verifications`;
    ctx.log.info(`about ${e.expectedTokens} input tokens expected (${assumed}); at least ${e.leastTokens}`);
    if (e.overBudget) ctx.log.warning(e.overBudget);
    return { estimate: e };
  },
};
