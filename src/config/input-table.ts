// Every input of the action, declared once: its group, kind, default and range, the description action.yml shows,
// and how the CLI takes it. The settings are read through it (input-values.ts), the CLI's flags and help are made
// from it (cli-flags.ts), and test/unit/input-table.test.ts holds action.yml to it (README's table follows action.yml).
import { IMAGE_POLICIES } from '../container/image.js';
import { SEVERITIES } from '../findings/severity.js';

/** The part of the settings an input feeds (ScanSettings' groups), the GitHub integration, or the endpoint's key. */
export type InputGroup = 'key' | 'endpoint' | 'target' | 'policy' | 'runner' | 'output' | 'github';

/** The groups in action.yml's order, with the title of the comment line that opens each there. */
export const INPUT_GROUPS: readonly { group: InputGroup; title: string }[] = [
  { group: 'key', title: 'API key' },
  { group: 'endpoint', title: 'Model endpoint' },
  { group: 'target', title: 'What to review' },
  { group: 'policy', title: 'Review, verification and verdict' },
  { group: 'runner', title: 'Where Codex runs' },
  { group: 'output', title: 'Files written' },
  { group: 'github', title: 'GitHub: token, check run, comments, code scanning, artifact' },
];

/** What a value is; integer, boolean and choice inputs are read by the readers of input-values.ts. */
export type InputKind = 'secret' | 'url' | 'line' | 'text' | 'path' | 'patterns' | 'boolean' | 'integer' | 'choice';

export type CliCommand = 'scan' | 'report';

/** How `vega-codex` takes an input: `--<flag> <arg>`, under the input's own name unless `flag` says otherwise. */
export interface CliForm {
  flag?: string;
  /** The value's name in the help; none: a switch that sets the input to true. */
  arg?: string;
  /** Repeatable: the values are joined one per line, as a workflow writes a list input. */
  multiple?: true;
  commands: readonly CliCommand[];
  /** The default as a terminal user meets it, when that is not the action's. */
  default?: string;
  /** The help line; the choices, the range and the default are added from the table. */
  help: string;
}

interface Declaration {
  name: string;
  group: InputGroup;
  required?: true;
  /** The documented default, as action.yml shows it (the runner fills it in; the CLI gets it from the readers). */
  default: string;
  /** What action.yml says of it, word for word. */
  description: string;
  /** Absent: the CLI does not offer it (GitHub's integration, or the key, which it reads from the environment). */
  cli?: CliForm;
}

export type InputSpec = Declaration &
  (
    | { kind: 'integer'; min: number; max: number }
    | { kind: 'choice'; choices: readonly string[] }
    | { kind: Exclude<InputKind, 'integer' | 'choice'> }
  );

export const INPUTS = [
  {
    name: 'api-key',
    group: 'key',
    kind: 'secret',
    required: true,
    default: '',
    description:
      'Key for the model endpoint, from a secret (a scan-scoped LLM-proxy token works). Masked at once; Codex ' +
      'reads it from its environment and the commands it runs never see it. Required.',
  },
  {
    name: 'base-url',
    group: 'endpoint',
    kind: 'url',
    default: 'https://api.openai.com/v1',
    description:
      'OpenAI-compatible API root that Codex sends Responses API calls to (it appends /responses). Must not ' +
      'contain credentials.',
    cli: {
      arg: 'URL',
      commands: ['scan'],
      default: 'OPENAI_BASE_URL, then https://api.openai.com/v1',
      help: 'OpenAI-compatible API root',
    },
  },
  {
    name: 'model',
    group: 'endpoint',
    kind: 'line',
    default: '',
    description:
      "Model name sent to the endpoint, on one line (no control characters). Empty uses Codex's default model.",
    cli: {
      arg: 'NAME',
      commands: ['scan'],
      default: "Codex's default",
      help: 'model name sent to the endpoint',
    },
  },
  {
    name: 'stream-idle-timeout-seconds',
    group: 'endpoint',
    kind: 'integer',
    default: '300',
    min: 1,
    max: 3600,
    description:
      'How long Codex waits for the next piece of a model response before it gives up on that response (1-3600).',
    cli: {
      arg: 'S',
      commands: ['scan'],
      help: 'give up on a model response after S seconds without a piece of it',
    },
  },
  {
    name: 'max-retries',
    group: 'endpoint',
    kind: 'integer',
    default: '2',
    min: 0,
    max: 10,
    description:
      'Retries of a failed model request and of a dropped response stream (0-10). Connection failures are never ' +
      'retried forever.',
    cli: {
      arg: 'N',
      commands: ['scan'],
      help: 'retries of a failed model request or a dropped response stream',
    },
  },
  {
    name: 'path',
    group: 'target',
    kind: 'path',
    default: '.',
    description:
      'Directory to review, inside the workspace. Findings are reported with paths relative to the workspace.',
    cli: {
      flag: 'source',
      arg: 'DIR',
      commands: ['report'],
      help: 'the checkout the events were recorded on',
    },
  },
  {
    name: 'include',
    group: 'target',
    kind: 'patterns',
    default: '',
    description:
      'Glob patterns (picomatch syntax; one per line or comma-separated, relative to path) of files to review; ' +
      'empty reviews everything. A pattern without a slash matches at any depth, a leading slash anchors it at ' +
      "path, and a directory's pattern covers what is beneath it. A pattern that cannot be read (an unclosed [ or " +
      '{, a leading !) stops the step. Findings elsewhere are dropped.',
    cli: {
      arg: 'GLOB',
      multiple: true,
      commands: ['scan', 'report'],
      help: 'only these files (repeatable)',
    },
  },
  {
    name: 'exclude',
    group: 'target',
    kind: 'patterns',
    default: '',
    description: 'Glob patterns (as for include) of files not to review; findings in them are dropped.',
    cli: {
      arg: 'GLOB',
      multiple: true,
      commands: ['scan', 'report'],
      help: 'not these files (repeatable)',
    },
  },
  {
    name: 'scope',
    group: 'target',
    kind: 'choice',
    default: 'auto',
    choices: ['auto', 'full', 'diff'],
    description:
      'What to review. auto (the changes of a pull_request or pull_request_target event, the whole tree ' +
      'otherwise), full, or diff (the changes since diff-base). On a change, Codex is told which files and lines ' +
      'changed and may read the rest for context; findings outside the changed lines stay in SARIF but are not ' +
      "annotated and do not count for fail-on. A pull request's change is its test merge against the merge's first " +
      "parent; a shallow checkout is completed by fetching the two parents, or from GitHub's comparison API.",
    cli: {
      arg: 'MODE',
      commands: ['scan', 'report'],
      help: "auto is a pull request's changes on its event, else full",
    },
  },
  {
    name: 'diff-base',
    group: 'target',
    kind: 'text',
    default: '',
    description:
      'Commit, branch or tag the diff scope compares with (its merge base with HEAD). Empty on a pull request uses ' +
      'the commit its test merge was built on. The checkout must contain it (actions/checkout with fetch-depth 0).',
    cli: {
      arg: 'REV',
      commands: ['scan', 'report'],
      help: 'with --scope diff: compare with this commit, branch or tag',
    },
  },
  {
    name: 'incremental',
    group: 'target',
    kind: 'boolean',
    default: 'true',
    description:
      "On a pull request, review only what changed since the action's last completed review of it, and carry the " +
      'findings on code that did not change, with their verdicts. The record of that review is read only from the ' +
      "action's own summary comment (so it needs pr-comments and github-token); a force-push, a change of the " +
      'review policy, or false reviews the whole change. Reports, SARIF and comments always show every finding.',
  },
  {
    name: 'shard',
    group: 'target',
    kind: 'text',
    default: '',
    description:
      'K/N to review only the K-th of N shards of the files in scope, for a matrix of N jobs (e.g. 2/4, built from ' +
      'a matrix value). The split is deterministic and balanced by size; each shard gets its own SARIF category, ' +
      'check run and artifact.',
    cli: {
      arg: 'K/N',
      commands: ['scan', 'report'],
      help: 'review only the K-th of N shards of the files in scope',
    },
  },
  {
    name: 'prompt',
    group: 'policy',
    kind: 'text',
    default: '',
    description:
      'Review task that replaces the built-in security review. The scope (include/exclude) and the answer format ' +
      'are always appended. Exclusive with prompt-file.',
    cli: {
      arg: 'TEXT',
      commands: ['scan'],
      help: 'a review task that replaces the built-in one',
    },
  },
  {
    name: 'prompt-file',
    group: 'policy',
    kind: 'path',
    default: '',
    description:
      'File of the repository (relative to the workspace; a path or link out of the repository is refused) whose ' +
      'text replaces the built-in review task, as prompt does. Exclusive with prompt. On pull_request and ' +
      "pull_request_target events it is read from the pull request's base commit, never from its head.",
    cli: {
      arg: 'FILE',
      commands: ['scan'],
      help: 'a file whose text replaces the built-in review task',
    },
  },
  {
    name: 'context-file',
    group: 'policy',
    kind: 'path',
    default: '',
    description:
      'Trusted context for the reviewer, a file of the repository such as .github/security-review.md (threat ' +
      'model, what is in and out of scope, known-safe patterns, who the attackers are), put into the prompt as a ' +
      'delimited section; at most 32 KiB. A path or link out of the repository is refused. On pull_request and ' +
      "pull_request_target events it is read from the pull request's base commit, never from its head, and the " +
      'summary says when the pull request changes it.',
    cli: {
      arg: 'FILE',
      commands: ['scan'],
      help: 'trusted context for the reviewer: threat model, scope, known-safe patterns',
    },
  },
  {
    name: 'passes',
    group: 'policy',
    kind: 'integer',
    default: '1',
    min: 1,
    max: 5,
    description:
      'Independent review passes of the same scope (1-5), each its own Codex thread (own process or container, own ' +
      'home), run concurrently. Their findings are clustered (one vulnerability reported with lines a few apart, ' +
      "another rule or wording, is one cluster) and a cluster's votes are the passes that reported it.",
    cli: {
      arg: 'N',
      commands: ['scan'],
      help: 'independent review passes, clustered and voted on',
    },
  },
  {
    name: 'min-agreement',
    group: 'policy',
    kind: 'integer',
    default: '',
    min: 1,
    max: 5,
    description:
      'Votes a cluster needs when the verifier did not confirm it (uncertain or unverified), or when verify is ' +
      'false. Empty means more than half of the passes (1 with one pass).',
    cli: {
      arg: 'N',
      commands: ['scan'],
      default: 'more than half',
      help: 'votes a finding needs unless verified, at most --passes',
    },
  },
  {
    name: 'verify',
    group: 'policy',
    kind: 'boolean',
    default: 'true',
    description:
      'Check every cluster in its own fresh Codex thread that sees only that finding and must prove or refute it ' +
      'from the code (source to sink, sanitisation and authorisation on the way, reachability). Confirmed findings ' +
      "are kept, refuted ones dropped and listed in the report and summary with the verifier's reason; uncertain " +
      'ones are kept when min-agreement passes reported them. A verification that fails or times out is uncertain, ' +
      'never confirmed.',
    cli: {
      arg: 'true|false',
      commands: ['scan'],
      help: 'verify each finding in its own Codex thread',
    },
  },
  {
    name: 'verify-concurrency',
    group: 'policy',
    kind: 'integer',
    default: '4',
    min: 1,
    max: 16,
    description: 'Verification threads run at the same time (1-16).',
    cli: {
      arg: 'N',
      commands: ['scan'],
      help: 'verification threads at a time',
    },
  },
  {
    name: 'verify-limit',
    group: 'policy',
    kind: 'integer',
    default: '50',
    min: 0,
    max: 1000,
    description:
      'At most this many clusters are verified (0-1000), most severe first; the rest are kept as unverified when ' +
      'min-agreement passes reported them, with a warning that gives the count.',
    cli: {
      arg: 'N',
      commands: ['scan'],
      help: 'verify at most N findings, most severe first',
    },
  },
  {
    name: 'verify-disputed',
    group: 'policy',
    kind: 'boolean',
    default: 'true',
    description:
      'With more than one pass, a finding the verifier confirmed although fewer than min-agreement passes reported ' +
      'it is disputed. It gets a second, independent verification in another fresh thread and is kept only when ' +
      "that one confirms it too; otherwise it is dropped with the second verifier's reason. false keeps every " +
      'confirmed finding after one verification.',
    cli: {
      arg: 'true|false',
      commands: ['scan'],
      help: 'verify a second time what the verifier confirmed but few passes reported',
    },
  },
  {
    name: 'verify-timeout-minutes',
    group: 'policy',
    kind: 'integer',
    default: '10',
    min: 1,
    max: 120,
    description: 'Time limit of each verification thread, in minutes (1-120). One that runs out is uncertain.',
    cli: {
      arg: 'N',
      commands: ['scan'],
      help: 'stop a verification thread after N minutes: its finding is uncertain',
    },
  },
  {
    name: 'max-tokens',
    group: 'policy',
    kind: 'integer',
    default: '0',
    min: 0,
    max: 1_000_000_000,
    description:
      'Token budget of the scan, input plus output, as the model endpoint reports them for every response of every ' +
      "Codex thread (counted by the action's own forwarder, which all model traffic goes through). Once it is " +
      'crossed, every thread is stopped before another request goes out, and the scan ends budget_exceeded with ' +
      'everything learned so far. A scope whose least cost, estimated before the first request, is over it ends ' +
      'budget_exceeded without starting Codex. 0, the default, is no limit.',
    cli: {
      arg: 'N',
      commands: ['scan'],
      default: '0: no limit',
      help: 'stop the scan once the endpoint has reported N tokens',
    },
  },
  {
    name: 'min-coverage',
    group: 'policy',
    kind: 'integer',
    default: '0',
    min: 0,
    max: 100,
    description:
      'Percent of the files in scope (0-100) that the review must read, or the scan ends incomplete and the step ' +
      "fails. 0, the default, fails only a review that read no file at all. Files count as read when Codex's " +
      'commands showed some of their contents (cat, sed -n, head, grep -n and rg output, …).',
    cli: {
      arg: 'PERCENT',
      commands: ['scan', 'report'],
      help: 'fail as incomplete when the review read less of the scope',
    },
  },
  {
    name: 'fail-on',
    group: 'policy',
    kind: 'choice',
    default: 'high',
    choices: [...SEVERITIES, 'none'],
    description:
      'Lowest severity that fails the step (critical, high, medium, low, or none to never fail on findings). A ' +
      'scan that could not complete always fails.',
    cli: {
      arg: 'LEVEL',
      commands: ['scan', 'report'],
      help: '',
    },
  },
  {
    name: 'baseline-sarif',
    group: 'policy',
    kind: 'path',
    default: '',
    description:
      "A previous SARIF of this action (e.g. the base branch's, from its artifact). Findings it already holds are " +
      'marked existing (baselineState unchanged), are not annotated again and do not count for fail-on.',
    cli: {
      arg: 'FILE',
      commands: ['scan', 'report'],
      help: 'a previous SARIF: findings it holds are existing and do not count for --fail-on',
    },
  },
  {
    name: 'fail-on-existing',
    group: 'policy',
    kind: 'boolean',
    default: 'false',
    description: 'Count findings the baseline already holds for fail-on too.',
    cli: {
      commands: ['scan', 'report'],
      help: 'count existing findings for --fail-on too',
    },
  },
  {
    name: 'codex-bin',
    group: 'runner',
    kind: 'path',
    default: '',
    description:
      'Run this Codex binary or wrapper script directly on the runner instead of in the sandbox container (a path, ' +
      'or a name on PATH such as codex). Overrides the VEGA_V16_CODEX_BIN environment variable. For debugging; it ' +
      "removes the container's isolation.",
    cli: {
      arg: 'PATH',
      commands: ['scan'],
      default: 'VEGA_V16_CODEX_BIN',
      help: 'run this codex binary directly, not in the container',
    },
  },
  {
    name: 'codex-version',
    group: 'runner',
    kind: 'text',
    default: '',
    description:
      'Codex CLI version the scan expects (and builds into the image when it builds one); a different version ' +
      'gives a warning in the log and report. Empty means the version this release of the action is tested with.',
    cli: {
      arg: 'VERSION',
      commands: ['scan'],
      default: 'the one this release is tested with',
      help: 'Codex version expected; another warns',
    },
  },
  {
    name: 'image',
    group: 'runner',
    kind: 'text',
    default: '',
    description:
      'Runner image Codex runs in (container mode, the default whenever codex-bin and VEGA_V16_CODEX_BIN are ' +
      "unset). Empty uses ghcr.io/org/vega-codex-runner at this action's version.",
    cli: {
      arg: 'REF',
      commands: ['scan'],
      default: 'ghcr.io/org/vega-codex-runner at this version',
      help: 'runner image',
    },
  },
  {
    name: 'image-policy',
    group: 'runner',
    kind: 'choice',
    default: 'pull-or-build',
    choices: IMAGE_POLICIES,
    description:
      'How the image is obtained. pull-or-build pulls it and, if that fails, builds it from the Dockerfile shipped ' +
      'inside the action; pull only pulls; build always builds; local requires it on the machine already.',
    cli: {
      arg: 'POLICY',
      commands: ['scan'],
      help: '',
    },
  },
  {
    name: 'network',
    group: 'runner',
    kind: 'choice',
    default: 'model-only',
    choices: ['model-only', 'bridge'],
    description:
      'model-only gives the container no network at all, the model endpoint arriving through a socket the action ' +
      "serves; bridge also lets Codex's commands reach the network (weaker, for builds that must download). The " +
      'token never enters the container either way.',
    cli: {
      arg: 'MODE',
      commands: ['scan'],
      help: '',
    },
  },
  {
    name: 'extra-ca-certificates',
    group: 'runner',
    kind: 'path',
    default: '',
    description:
      'PEM file of extra CA certificates for building the image behind a TLS-intercepting proxy (image-policy ' +
      'build or pull-or-build).',
    cli: {
      arg: 'FILE',
      commands: ['scan'],
      help: 'PEM file of extra CAs for building the image behind a TLS proxy',
    },
  },
  {
    name: 'timeout-minutes',
    group: 'runner',
    kind: 'integer',
    default: '30',
    min: 1,
    max: 360,
    description:
      'Wall-clock limit for Codex, in minutes (1-360). When it is reached Codex and every process it started are ' +
      'stopped and the scan ends as timed_out.',
    cli: {
      arg: 'N',
      commands: ['scan'],
      help: 'stop Codex after N minutes',
    },
  },
  {
    name: 'output-dir',
    group: 'output',
    kind: 'path',
    default: '',
    description:
      "Directory for v16-events.jsonl, v16-report.json and Codex's stderr, in the workspace or RUNNER_TEMP " +
      '(anywhere else, also through a link, is refused). Empty uses RUNNER_TEMP/vega-codex.',
    cli: {
      flag: 'out',
      arg: 'DIR',
      commands: ['scan', 'report'],
      default: './vega-codex-results',
      help: 'where SARIF, report and the other results go',
    },
  },
  {
    name: 'sarif-file',
    group: 'output',
    kind: 'path',
    default: '',
    description:
      'Where to write the SARIF file, in the workspace or RUNNER_TEMP. Empty writes vega-codex.sarif in output-dir.',
    cli: {
      arg: 'FILE',
      commands: ['scan', 'report'],
      default: 'vega-codex.sarif in --out',
      help: 'where the SARIF file goes',
    },
  },
  {
    name: 'sarif-category',
    group: 'output',
    kind: 'line',
    default: '',
    description:
      'Code scanning category (runAutomationDetails.id). Empty uses vega-codex/ plus the reviewed path (and ' +
      'shard-K-of-N/ per shard); a partial analysis gets its own (diff-<hash>/ for scope diff with diff-base ' +
      "outside a pull request, filtered-<hash>/ with include or exclude) so that it never replaces a full scan's. " +
      'A trailing slash is added when missing. One line, no control characters.',
    cli: {
      arg: 'NAME',
      commands: ['scan', 'report'],
      default: 'vega-codex/ and the path reviewed',
      help: 'code scanning category, runAutomationDetails.id',
    },
  },
  {
    name: 'github-token',
    group: 'github',
    kind: 'secret',
    default: '${{ github.token }}',
    description:
      'Token for the check run (needs checks write) and the pull-request comments (needs pull-requests write). A ' +
      'read-only token is fine; annotations then go to the job log.',
  },
  {
    name: 'annotations',
    group: 'github',
    kind: 'boolean',
    default: 'true',
    description:
      'Annotate findings on the commit. With a token that may write checks, through a check run named check-name ' +
      "(the 1,000 most severe findings, 50 annotations per request; the check run's summary counts the rest); " +
      "otherwise (forks, Dependabot, no checks permission) as workflow-command annotations, within the runner's 10 " +
      'per level per step.',
  },
  {
    name: 'check-name',
    group: 'github',
    kind: 'line',
    default: 'vega-codex security review',
    description:
      "Name of the check run on the scanned commit (a pull request's head commit), on one line (no control " +
      'characters).',
  },
  {
    name: 'pr-comments',
    group: 'github',
    kind: 'boolean',
    default: 'true',
    description:
      'On pull_request and pull_request_target events, one review comment per finding on the lines the pull ' +
      'request changed (with a suggested fix when there is one) and one summary comment, kept in step with the ' +
      'findings at every push and re-run. Needs pull-requests write; a read-only token falls back to annotations ' +
      'with a notice.',
  },
  {
    name: 'pr-comments-author',
    group: 'github',
    kind: 'text',
    default: '',
    description:
      "Whose earlier comments are this action's own, for a token that is neither the job's GITHUB_TOKEN nor a " +
      "user's (a GitHub App's installation token, e.g. my-app[bot]). Empty uses the token's identity.",
  },
  {
    name: 'upload-sarif',
    group: 'github',
    kind: 'boolean',
    default: 'false',
    description:
      'Upload the SARIF file to code scanning through the API (needs security-events write), wait for GitHub to ' +
      'process it and report its errors. Only the analysis of a scan whose status is completed or ' +
      'nothing_to_review is uploaded, never that of a failed one. Off by default; the usual way is a ' +
      'github/codeql-action/upload-sarif step conditioned on the status output.',
  },
  {
    name: 'upload-artifacts',
    group: 'github',
    kind: 'boolean',
    default: 'true',
    description:
      'Upload v16-events.jsonl, v16-report.json, v16-debug-bundle.zip, the SARIF file and v16-fixes.patch (when a ' +
      'fix was suggested) as one workflow artifact, also when the scan failed. Secrets are redacted from the ' +
      'uploaded copies.',
  },
  {
    name: 'artifact-name',
    group: 'github',
    kind: 'line',
    default: 'vega-codex',
    description:
      "Start of the artifact's name, without control characters, quotes, colons, angle brackets, pipes, asterisks, " +
      'question marks or slashes; the job id and the SARIF category are appended so that every job of a run ' +
      'uploads under its own name.',
  },
  {
    name: 'retention-days',
    group: 'github',
    kind: 'integer',
    default: '',
    min: 1,
    max: 90,
    description: "Days the artifact is kept (1-90). Empty uses the repository's setting.",
  },
] as const satisfies readonly InputSpec[];

type Declared = (typeof INPUTS)[number];
export type InputName = Declared['name'];
/** The inputs of one kind, by name: the readers take only those they can read. */
export type InputNameOf<K extends InputKind> = Extract<Declared, { kind: K }>['name'];
/** An integer input whose documented default is a number (not empty). */
export type DefaultedInteger = Exclude<Extract<Declared, { kind: 'integer' }>, { default: '' }>['name'];
/** The values a choice input allows. */
export type ChoiceOf<N extends InputNameOf<'choice'>> = Extract<Declared, { name: N }>['choices'][number];

const BY_NAME = new Map<string, InputSpec>(INPUTS.map((spec) => [spec.name, spec]));

export function inputSpec<N extends InputName>(name: N): Extract<Declared, { name: N }> {
  return BY_NAME.get(name) as Extract<Declared, { name: N }>;
}

/** The inputs the CLI offers to a command, in the table's order. */
export function cliInputs(command: CliCommand): (InputSpec & { cli: CliForm })[] {
  return INPUTS.filter(
    (spec): spec is Extract<Declared, { cli: CliForm }> =>
      'cli' in spec && (spec.cli.commands as readonly CliCommand[]).includes(command),
  );
}
