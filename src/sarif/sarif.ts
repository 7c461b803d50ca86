// SARIF 2.1.0 for GitHub code scanning: one run, a deterministic category, rules only from our catalogue with the
// properties GitHub reads (string `security-severity`, tags, precision), and results sorted most severe first and
// kept within GitHub's limits. A rule id is the catalogue's id alone: code scanning keys an alert on rule id and
// fingerprint, so a severity in the id would turn a re-rated finding into a new alert and lose its dismissal.
import { RULES } from '../findings/catalogue.js';
import { trustLine } from '../findings/trust.js';
import type { Finding } from '../findings/finding.js';
import { CONFIDENCES, severityRank, type Severity, type Confidence } from '../findings/severity.js';
import { ACTION_HOME } from '../util/version.js';

export const TOOL_NAME = 'vega-codex-action';
/** Code scanning keeps the top 5,000 results of a run; sending more only hides which ones are dropped. */
export const MAX_RESULTS = 5000;
const MAX_RULE_TAGS = 10;

const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '2.5' };
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
};
const PROBLEM: Record<Severity, string> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'recommendation',
};
const PRECISION: Record<Confidence, string> = { high: 'high', medium: 'medium', low: 'low' };

export interface SarifOptions {
  toolVersion: string;
  /** runAutomationDetails.id; ends with '/'. */
  category: string;
  executionSuccessful: boolean;
  exitCode?: number | null;
  /** Warnings to carry in the run's invocation (dropped findings, truncation…). */
  notifications?: string[];
  maxResults?: number;
  /** Run properties: how the scan ended and what it read. */
  runProperties?: Record<string, unknown>;
}

export interface SarifBuild {
  log: SarifLog;
  omitted: number;
}

// Only the SARIF we write; the official schema validates it in the tests.
export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}
export interface SarifRun {
  tool: {
    driver: { name: string; informationUri: string; semanticVersion: string; rules: Record<string, unknown>[] };
  };
  automationDetails: { id: string };
  invocations: Record<string, unknown>[];
  results: SarifResult[];
  columnKind: 'utf16CodeUnits';
}
export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: {
    physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; endLine: number } };
  }[];
  partialFingerprints: Record<string, string>;
  baselineState?: 'new' | 'unchanged';
  codeFlows?: unknown[];
  fixes?: unknown[];
  properties: Record<string, unknown>;
}

/** A repo-relative path as a URI reference: each segment percent-encoded, forward slashes. */
export function pathToUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** The SARIF rule id of a finding: its catalogue rule, whatever its severity. */
export function sarifRuleId(f: Pick<Finding, 'ruleId'>): string {
  return f.ruleId;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(a.severity) - severityRank(b.severity) ||
    a.file.localeCompare(b.file) ||
    a.startLine - b.startLine ||
    a.ruleId.localeCompare(b.ruleId)
  );
}

/**
 * A rule's severity is the highest of its results in this run. GitHub documents `security-severity` on the rule only;
 * each result carries its own as well (code scanning takes a result's value over the rule's, though undocumented)
 * and its own `level`, which overrides the rule's default. Where only the rule's counts, no alert shows as less
 * severe than the finding is.
 */
function ruleDescriptor(ruleId: string, severity: Severity, confidence: Confidence): Record<string, unknown> {
  const rule = RULES.get(ruleId) ?? RULES.get('other')!;
  const cweTags = rule.cwe.map((c) => `external/cwe/${c.toLowerCase()}`);
  const helpText = `${rule.help}${rule.cwe.length ? ` (${rule.cwe.join(', ')})` : ''}`;
  const cweLinks = rule.cwe.map((c) => `[${c}](https://cwe.mitre.org/data/definitions/${c.slice(4)}.html)`);
  return {
    id: ruleId,
    name: rule.name,
    shortDescription: { text: rule.title },
    fullDescription: { text: helpText },
    help: {
      text: helpText,
      markdown: `**${rule.title}**\n\n${rule.help}${rule.cwe.length ? `\n\n${cweLinks.join(', ')}` : ''}`,
    },
    defaultConfiguration: { level: LEVEL[severity] },
    properties: {
      tags: ['security', ...cweTags].slice(0, MAX_RULE_TAGS),
      precision: PRECISION[confidence],
      'problem.severity': PROBLEM[severity],
      'security-severity': SECURITY_SEVERITY[severity],
    },
  };
}

function messageText(f: Finding): string {
  const trust = trustLine(f);
  const title = f.title.replace(/[.\s]+$/, '');
  return `${title}. ${f.description}\n\nRecommendation: ${f.recommendation}${trust ? `\n\n${trust}` : ''}`;
}

const region = (file: string, line: number) => ({
  artifactLocation: { uri: pathToUri(file) },
  region: { startLine: line },
});

/** The verifier's data flow as a code flow, which code scanning shows as the path from source to sink. */
function codeFlows(f: Finding) {
  const steps = f.verification?.evidence ?? [];
  if (steps.length === 0) return {};
  const locations = steps.map((s) => ({
    location: { physicalLocation: region(s.file, s.line), message: { text: s.note || `${s.file}:${s.line}` } },
  }));
  return { codeFlows: [{ threadFlows: [{ locations }] }] };
}

/**
 * The checked fix as a SARIF fix: its lines (from column 1 to the end of the last line, line break kept) replaced by
 * the new text.
 */
function fixes(f: Finding) {
  if (!f.fix) return {};
  const { startLine, endLine, replacement } = f.fix;
  const change = {
    artifactLocation: { uri: pathToUri(f.file) },
    replacements: [{ deletedRegion: { startLine, endLine }, insertedContent: { text: replacement } }],
  };
  const description = { text: `Replace lines ${startLine}-${endLine}: ${f.recommendation}` };
  return { fixes: [{ description, artifactChanges: [change] }] };
}

function trustProperties(f: Finding) {
  const c = f.consensus;
  const v = f.verification;
  return {
    ...(c ? { votes: c.votes, passes: c.passes, cluster: c.cluster } : {}),
    ...(v
      ? {
          verification: v.verdict,
          verificationReason: v.reason,
          ...(v.exploit ? { exploit: v.exploit } : {}),
          ...(v.opinions ? { verifications: v.opinions.length } : {}),
        }
      : {}),
  };
}

export function buildSarif(all: readonly Finding[], opts: SarifOptions): SarifBuild {
  const max = opts.maxResults ?? MAX_RESULTS;
  const sorted = [...all].sort(compareFindings);
  const kept = sorted.slice(0, max);
  const omitted = sorted.length - kept.length;
  const { rules, ruleIndex } = ruleTable(kept);
  const results = kept.map((f) => sarifResult(f, ruleIndex.get(sarifRuleId(f))!));
  return {
    omitted,
    log: {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: TOOL_NAME, informationUri: ACTION_HOME, semanticVersion: opts.toolVersion, rules } },
          automationDetails: { id: opts.category },
          invocations: [invocation(opts, { omitted, max })],
          results,
          columnKind: 'utf16CodeUnits',
          ...(opts.runProperties ? { properties: opts.runProperties } : {}),
        },
      ],
    },
  };
}

/** The rules the kept results use, sorted by id, and each rule's index in that list. */
function ruleTable(kept: readonly Finding[]): { rules: Record<string, unknown>[]; ruleIndex: Map<string, number> } {
  // A rule's precision follows the most confident result filed under it, its severity the most severe.
  const best = new Map<string, { confidence: Confidence; severity: Severity }>();
  for (const f of kept) {
    const id = sarifRuleId(f);
    const prev = best.get(id);
    const atLeastAsConfident = prev && CONFIDENCES.indexOf(prev.confidence) <= CONFIDENCES.indexOf(f.confidence);
    best.set(id, {
      confidence: atLeastAsConfident ? prev.confidence : f.confidence,
      severity: prev && severityRank(prev.severity) <= severityRank(f.severity) ? prev.severity : f.severity,
    });
  }
  const ruleOrder = [...best.keys()].sort();
  return {
    rules: ruleOrder.map((id) => ruleDescriptor(id, best.get(id)!.severity, best.get(id)!.confidence)),
    ruleIndex: new Map(ruleOrder.map((id, i) => [id, i])),
  };
}

function sarifResult(f: Finding, ruleIndex: number): SarifResult {
  const lines = { startLine: f.startLine, endLine: f.endLine };
  return {
    ruleId: sarifRuleId(f),
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: messageText(f) },
    locations: [{ physicalLocation: { artifactLocation: { uri: pathToUri(f.file) }, region: lines } }],
    partialFingerprints: { primaryLocationLineHash: f.lineHash, 'vega/v1': f.fingerprint },
    ...(f.baseline ? { baselineState: f.baseline === 'existing' ? ('unchanged' as const) : ('new' as const) } : {}),
    ...codeFlows(f),
    ...fixes(f),
    properties: {
      'security-severity': SECURITY_SEVERITY[f.severity],
      severity: f.severity,
      confidence: f.confidence,
      cwe: f.cwe,
      category: f.ruleId,
      title: f.title,
      ...(f.outsideChange ? { outsideChange: true } : {}),
      ...trustProperties(f),
    },
  };
}

/** How the scan ended, and warnings: among them how many results code scanning's limit left out. */
function invocation(opts: SarifOptions, limit: { omitted: number; max: number }): Record<string, unknown> {
  const notes = [...(opts.notifications ?? [])];
  if (limit.omitted > 0) {
    notes.push(
      `${limit.omitted} lower-severity findings were left out: code scanning keeps at most ${limit.max} results per ` +
        'run. The report lists all of them.',
    );
  }
  const out: Record<string, unknown> = { executionSuccessful: opts.executionSuccessful };
  if (typeof opts.exitCode === 'number') out.exitCode = opts.exitCode;
  if (notes.length) out.toolExecutionNotifications = notes.map((text) => ({ level: 'warning', message: { text } }));
  return out;
}
