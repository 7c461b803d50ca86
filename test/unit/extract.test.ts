import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFindings } from '../../src/findings/extract.js';
import { MAX_FINDINGS_PER_ANSWER } from '../../src/findings/schema.js';

const finding = (over: Record<string, unknown> = {}) => ({
  ruleId: 'sql-injection',
  title: 'SQL built from input',
  severity: 'high',
  confidence: 'medium',
  cwe: ['CWE-89'],
  file: 'src/db.js',
  startLine: 8,
  endLine: 9,
  description: 'id reaches the query.',
  recommendation: 'Bind parameters.',
  ...over,
});

describe('extractFindings', () => {
  it('reads at most MAX_FINDINGS_PER_ANSWER findings of one answer, the most severe, and counts the rest', () => {
    // A flood of low findings with the critical ones last, where a reader that takes the first N would lose them.
    const items = [
      ...Array.from({ length: 30 }, (_, i) => finding({ severity: 'low', startLine: i + 1 })),
      finding({ severity: 'Critical', startLine: 99 }),
      { severity: 'high' },
      'junk',
    ];
    const r = extractFindings(JSON.stringify({ summary: '', findings: items }), 10);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.overflow).toBe(23);
    expect(r.findings.map((f) => `${f.severity}:${f.startLine}`)).toEqual([
      ...Array.from({ length: 8 }, (_, i) => `low:${i + 1}`),
      'critical:99',
    ]);
    // The schema-breaking high one was read (and rejected) before lows; 'junk' claims no severity and is not read.
    expect(r.rejected.map((x) => x.index)).toEqual([31]);
    expect(r.notes).toEqual([
      'The answer held 33 findings, more than the 10 one answer may hold: the 10 most severe were read and 23 were dropped unread. A review rarely reports more than a few dozen: the reviewed code may have steered the model.',
    ]);
    expect(MAX_FINDINGS_PER_ANSWER).toBe(5000);
  });

  it('counts unknown rule ids beyond the first 20 in one note', () => {
    const r = extractFindings(
      JSON.stringify({
        summary: '',
        findings: Array.from({ length: 25 }, (_, i) => finding({ ruleId: `made-up-${i}` })),
      }),
    );
    expect(r.ok && r.notes.length).toBe(21);
    expect(r.ok && r.notes.at(-1)).toBe('5 more findings had an unknown rule id and were filed under "other"');
  });

  it('reads a schema-conforming answer', () => {
    const r = extractFindings(JSON.stringify({ summary: ' ok ', findings: [finding()] }));
    expect(r).toMatchObject({ ok: true, summary: 'ok', findings: [finding()], rejected: [] });
  });

  it('normalises case, whitespace and CWE spellings', () => {
    const r = extractFindings(
      JSON.stringify({
        summary: '',
        findings: [
          finding({
            severity: 'HIGH',
            confidence: ' Low',
            cwe: ['cwe-89', 89, 'CWE_79', 'not a cwe', 'CWE-89'],
            title: '  t  ',
          }),
        ],
      }),
    );
    expect(r.ok && r.findings[0]).toMatchObject({
      severity: 'high',
      confidence: 'low',
      cwe: ['CWE-89', 'CWE-79'],
      title: 't',
    });
  });

  it('takes JSON from a fenced block when the endpoint ignored structured output, and says so', () => {
    const r = extractFindings(`Here you go:\n\`\`\`json\n${JSON.stringify({ summary: 's', findings: [] })}\n\`\`\`\n`);
    expect(r).toMatchObject({ ok: true, notes: ['the answer wrapped its JSON in a code fence'] });
  });

  it('fails with the start of the text when the answer is not JSON', () => {
    const r = extractFindings('I found no issues, great code!');
    expect(r).toEqual({ ok: false, reason: `the model's final answer is not JSON: "I found no issues, great code!"` });
  });

  it('fails when the answer has no findings list', () => {
    expect(extractFindings('{"results":[]}')).toMatchObject({ ok: false, reason: expect.stringContaining('findings') });
    expect(extractFindings('[]')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('breaks the findings schema'),
    });
  });

  it('drops a finding that breaks the schema, with the reason, and keeps the others', () => {
    const r = extractFindings(
      JSON.stringify({
        summary: '',
        findings: [
          finding(),
          { ruleId: 'sql-injection' },
          finding({ severity: 'catastrophic' }),
          finding({ startLine: 2.5 }),
          finding({ title: '   ' }),
        ],
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.findings).toHaveLength(1);
    expect(r.rejected.map((x) => x.index)).toEqual([1, 2, 3, 4]);
    expect(r.rejected[1]!.reason).toContain('severity');
    expect(r.rejected[3]!.reason).toContain('title');
  });

  it('files an unknown rule id under "other" instead of losing the finding', () => {
    const r = extractFindings(JSON.stringify({ summary: '', findings: [finding({ ruleId: 'Log4Shell' })] }));
    expect(r.ok && r.findings[0]!.ruleId).toBe('other');
    expect(r.ok && r.notes[0]).toContain('log4shell');
  });

  it('shortens overlong text', () => {
    const r = extractFindings(JSON.stringify({ summary: '', findings: [finding({ title: 'x'.repeat(5000) })] }));
    expect(r.ok && r.findings[0]!.title.length).toBe(200);
  });

  it('never throws, and accounts for every finding of any answer', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(typeof extractFindings(text).ok).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
    const arbitraryFinding = fc.oneof(
      fc.jsonValue(),
      fc.record({
        ruleId: fc.oneof(fc.constantFrom('xss', 'ssrf', 'nope'), fc.string()),
        title: fc.string(),
        severity: fc.oneof(fc.constantFrom('critical', 'low', 'HIGH'), fc.string()),
        confidence: fc.constantFrom('high', 'medium', 'low', 'sure'),
        cwe: fc.array(fc.oneof(fc.string(), fc.integer())),
        file: fc.string(),
        startLine: fc.oneof(fc.integer(), fc.double()),
        endLine: fc.integer(),
        description: fc.string(),
        recommendation: fc.string(),
      }),
    );
    fc.assert(
      fc.property(fc.array(arbitraryFinding, { maxLength: 20 }), fc.string(), (findings, summary) => {
        const r = extractFindings(JSON.stringify({ summary, findings }));
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.findings.length + r.rejected.length).toBe(findings.length);
      }),
      { numRuns: 500 },
    );
  });
});
