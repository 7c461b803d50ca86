/** Output names of action.yml. */
export const Outputs = {
  sarifFile: 'sarif-file',
  reportFile: 'report-file',
  eventsFile: 'events-file',
  debugBundle: 'debug-bundle',
  fixesPatch: 'fixes-patch',
  summaryCommentUrl: 'summary-comment-url',
  findingsCount: 'findings-count',
  reviewMode: 'review-mode',
  carriedFindings: 'carried-findings',
  conclusion: 'conclusion',
  status: 'status',
  inputTokens: 'input-tokens',
  outputTokens: 'output-tokens',
  cachedInputTokens: 'cached-input-tokens',
  estimatedTokens: 'estimated-tokens',
  checkRunId: 'check-run-id',
  artifactId: 'artifact-id',
  threadId: 'thread-id',
} as const;

/** Values main saves for the post step. */
export const State = {
  isPost: 'isPost',
  scratch: 'scratch-dir',
  scanId: 'scan-id',
  containerMode: 'container-mode',
} as const;
