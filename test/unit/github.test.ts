import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveGitHubSettings } from '../../src/config/github-inputs.js';
import type { Finding } from '../../src/findings/finding.js';
import { inBatches, planWorkflowAnnotations, toCheckAnnotations } from '../../src/github/annotations.js';
import { artifactName } from '../../src/github/artifacts.js';
import { readGitHubContext } from '../../src/github/context.js';
import { escapeMarkdown } from '../../src/github/markdown.js';
import { headline, renderSummary } from '../../src/github/summary.js';
import type { ScanReport } from '../../src/report/report.js';

const finding = (i: number, severity: Finding['severity'] = 'high'): Finding => ({
  ruleId: 'xss',
  title: `Finding ${i}`,
  severity,
  confidence: 'high',
  cwe: ['CWE-79'],
  file: `src/f ${i}.js`,
  startLine: i + 1,
  endLine: i + 2,
  description: 'd',
  recommendation: 'r',
  fingerprint: `fp${i}:1`,
  lineHash: `h${i}:1`,
});

function report(findings: Finding[]): ScanReport {
  const bySeverity = { critical: 0, high: 0, medium: 0, low: 0 };
  for (const f of findings) bySeverity[f.severity] += 1;
  return {
    conclusion: findings.length ? 'failure' : 'success',
    status: 'completed',
    failure: null,
    failOn: 'high',
    model: { name: 'gpt-test', baseUrl: 'x' },
    codex: {
      version: '0.169.0',
      expectedVersion: '0.169.0',
      bin: 'codex',
      binSource: 'image',
      mode: 'container',
      command: null,
    },
    container: null,
    usage: {
      input_tokens: 10,
      cached_input_tokens: 2,
      cache_write_input_tokens: 0,
      output_tokens: 3,
      reasoning_output_tokens: 1,
    },
    timing: { startedAt: '', finishedAt: '', durationMs: 1500, codexMs: 1000 },
    findings: { total: findings.length, bySeverity, atOrAboveFailOn: 0, omittedFromSarif: 0, items: findings },
    dropped: [],
    rejected: [],
    scan: { context: null },
    steering: null,
  } as unknown as ScanReport;
}

const gh = {
  owner: 'o',
  repo: 'r',
  sha: 'c0ffee',
  ref: 'refs/heads/main',
  serverUrl: 'https://github.com',
  apiUrl: 'x',
  runId: '1',
  job: 'scan',
  eventName: 'push',
};

describe('job summary', () => {
  it('links each finding to its lines at the scanned commit and escapes what the model wrote', () => {
    const f = { ...finding(0), title: '<img src=x onerror=alert(1)> | @admin **bold**' };
    const md = renderSummary(report([f]), gh, 1_000_000);
    expect(md).toContain('[src/f 0.js:1](https://github.com/o/r/blob/c0ffee/src/f%200.js#L1-L2)');
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt; &#124; @\u200badmin \\*\\*bold\\*\\*');
    expect(md).not.toContain('<img');
    expect(md).toContain('tokens: 10 in (2 cached), 3 out (1 reasoning)');
  });

  it('says which context the review trusted, and flags the steering files a pull request changed for a person', () => {
    const r = {
      ...report([]),
      scan: {
        context: {
          file: '.github/security-review.md',
          bytes: 9,
          sha256: 'x',
          readFrom: 'base',
          revision: 'b'.repeat(40),
          changedByPullRequest: true,
        },
      },
      steering: {
        changed: [
          { path: 'AGENTS.md', status: 'added', kind: 'assistant' },
          { path: '.github/security-review.md', status: 'modified', kind: 'context-file' },
          { path: '.agents/skills/<b>x</b>/SKILL.md', status: 'added', kind: 'assistant' },
        ],
      },
    } as unknown as ScanReport;
    const md = renderSummary(r, gh, 1_000_000);
    expect(md).toContain(
      `Trusted context: .github/security-review.md from the base commit \`${'b'.repeat(12)}\`. This pull request changes it; **the base version was used**.`,
    );
    expect(md).toContain('⚠️ **Review-steering files changed by this pull request** (3)');
    expect(md).toContain('- AGENTS.md (added)');
    expect(md).toContain("- .github/security-review.md (modified, this action's context-file)");
    expect(md).toContain('- .agents/skills/&lt;b&gt;x&lt;/b&gt;/SKILL.md (added)');
    expect(renderSummary(report([]), gh, 1_000_000)).not.toContain('steering');
  });

  it("shows the model's hidden characters and keeps its line breaks out of titles, in the summary and the check run's title", () => {
    const f = { ...finding(0), title: 'Safe\u202E\n## Approved' };
    const r = {
      ...report([f]),
      failure: { reason: 'Codex finished, but the answer "x\u2067\ny" is not JSON' },
      status: 'failed',
    } as unknown as ScanReport;
    const md = renderSummary(r, gh, 1_000_000);
    expect(md).toContain('| Safe&lt;U+202E&gt; \\#\\# Approved |');
    expect(md).not.toMatch(/[\u202E\u2067]/);
    expect(headline(r)).toBe('Scan failed: Codex finished, but the answer "x<U+2067> y" is not JSON');
  });

  it('stays within its budget however many findings there are, and says how many it left out', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ ...finding(i), title: 'x'.repeat(300) }));
    const md = renderSummary(report(many), gh, 65_000);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(65_000);
    expect(md).toMatch(/… and \d+ more findings, not shown here/);
  });
});

describe('annotations', () => {
  it('are ordered most severe first with check levels, in batches of 50', () => {
    const a = toCheckAnnotations([finding(1, 'low'), finding(2, 'critical'), finding(3, 'medium')]);
    expect(a.map((x) => x.annotation_level)).toEqual(['failure', 'warning', 'notice']);
    expect(a[0]).toMatchObject({ path: 'src/f 2.js', start_line: 3, end_line: 4, title: '[critical] Finding 2' });
    expect(inBatches(Array.from({ length: 1000 }, (_, i) => i)).map((b) => b.length)).toEqual(Array(20).fill(50));
  });

  it("show the model's text as text: hidden characters written out, the title on one line", () => {
    const [a] = toCheckAnnotations([
      {
        ...finding(1),
        title: 'Approved\n::error::forged \u202Etxt.exe',
        description: 'd\u200B\ne',
        recommendation: 'r\u2066',
      },
    ]);
    expect(a!.title).toBe('[high] Approved ::error::forged <U+202E>txt.exe');
    expect(a!.message).toBe('d<U+200B>\ne\n\nRecommendation: r<U+2066>');
  });

  it("fit the per-step limits in the log, leaving room for the step's own lines", () => {
    const many = Array.from({ length: 30 }, (_, i) => finding(i, (['critical', 'medium', 'low'] as const)[i % 3]));
    const plan = planWorkflowAnnotations(many, { errors: 1, warnings: 2 });
    const count = (l: string) => plan.shown.filter((a) => a.annotation_level === l).length;
    expect([count('failure'), count('warning'), count('notice')]).toEqual([9, 8, 9]);
    expect(plan.leftOut).toBe(4);
  });
});

describe('markdown from the model', () => {
  it('pings nobody, links nowhere and references no issue: each is shown as text', () => {
    const text =
      'cc @octocat @org/security-team a@b.example; see #123, GH-45, octo/repo#6, https://evil.example/fix, www.evil.example, [docs](javascript:alert(1)), <https://x.example>';
    const md = escapeMarkdown(text);
    expect(md).toBe(
      'cc @\u200boctocat @\u200borg/security-team a@\u200bb.example; see \\#\u200b123, GH-\u200b45, octo/repo\\#\u200b6, https:\u200b//evil.example/fix, www\u200b.evil.example, \\[docs\\](javascript:alert(1)), &lt;https:\u200b//x.example&gt;',
    );
    // What GitHub would link: a mention, an issue reference, an autolink, a markdown link.
    expect(md).not.toMatch(/@\w|#\d|GH-\d|:\/\/|www\.|[^\\]\]\(/i);
  });

  it("shows hidden characters, and the action's own zero-width spaces are the only ones left", () => {
    expect(escapeMarkdown('\u200B@\u200Badmin \u202Ex')).toBe('&lt;U+200B&gt;@&lt;U+200B&gt;admin &lt;U+202E&gt;x');
    expect(escapeMarkdown('@admin')).toBe('@\u200badmin');
  });
});

describe('context', () => {
  it("reports on a pull request's head commit and tells a fork", () => {
    const dir = mkdtempSync(join(tmpdir(), 'ctx-'));
    const event = join(dir, 'event.json');
    writeFileSync(
      event,
      JSON.stringify({ pull_request: { number: 12, head: { sha: 'head', repo: { full_name: 'fork/r' } } } }),
    );
    const ctx = readGitHubContext({ GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'merge', GITHUB_EVENT_PATH: event });
    expect(ctx).toMatchObject({
      owner: 'o',
      repo: 'r',
      sha: 'head',
      ref: 'refs/pull/12/head',
      pullRequest: { number: 12, fork: true },
    });
    expect(
      readGitHubContext({ GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'abc', GITHUB_REF: 'refs/heads/x' }),
    ).toMatchObject({ sha: 'abc', ref: 'refs/heads/x', pullRequest: undefined });
    expect(readGitHubContext({})).toBeUndefined();
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('GitHub inputs', () => {
  const get = (v: Record<string, string>) => (n: string) => v[n] ?? '';
  it('have documented defaults and name what is wrong', () => {
    expect(resolveGitHubSettings(get({}))).toEqual({
      annotations: true,
      checkName: 'vega-codex security review',
      token: '',
      uploadArtifacts: true,
      artifactName: 'vega-codex',
      retentionDays: undefined,
      uploadSarif: false,
      prComments: true,
      commentAuthor: '',
    });
    expect(resolveGitHubSettings(get({ 'pr-comments': 'false', 'pr-comments-author': 'my-app[bot]' }))).toMatchObject({
      prComments: false,
      commentAuthor: 'my-app[bot]',
    });
    expect(() => resolveGitHubSettings(get({ 'pr-comments-author': 'a b' }))).toThrow(
      'Input pr-comments-author must be a GitHub login such as my-app[bot]. Provided: a b',
    );
    expect(() => resolveGitHubSettings(get({ annotations: 'yes' }))).toThrow(
      'Input annotations must be true or false. Provided: yes',
    );
    expect(() => resolveGitHubSettings(get({ 'retention-days': '400' }))).toThrow(
      'retention-days must be a whole number from 1 to 90',
    );
    expect(() => resolveGitHubSettings(get({ 'artifact-name': 'a/b' }))).toThrow('artifact-name may not contain');
    expect(() => resolveGitHubSettings(get({ 'artifact-name': 'scan\tresults' }))).toThrow(
      'Input artifact-name contains the control character U+0009: "scan\\tresults".',
    );
    expect(() => resolveGitHubSettings(get({ 'check-name': 'review\u202e' }))).toThrow(
      'Input check-name contains the control character U+202E: "review\\u202E".',
    );
  });

  it('make artifact names unique per job and category, and valid', () => {
    expect(artifactName('vega-codex', 'scan', 'vega-codex/services/api/')).toBe(
      'vega-codex-scan-vega-codex-services-api',
    );
    expect(escapeMarkdown('a\nb')).toBe('a b');
  });
});
