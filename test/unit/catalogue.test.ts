// The rule id of a finding is a catalogue id, however the model spelled it, so one weakness keeps one alert.
import { describe, expect, it } from 'vitest';
import { canonicalRuleId, RULE_IDS, RULES } from '../../src/findings/catalogue.js';
import { extractFindings } from '../../src/findings/extract.js';

const finding = (ruleId: string) => ({
  ruleId,
  title: 'SQL built from input',
  severity: 'high',
  confidence: 'medium',
  cwe: ['CWE-89'],
  file: 'src/db.js',
  startLine: 8,
  endLine: 9,
  description: 'id reaches the query.',
  recommendation: 'Bind parameters.',
});

describe('canonicalRuleId', () => {
  it('keeps every catalogue id, in any case or separator spelling', () => {
    for (const id of RULE_IDS) {
      expect(canonicalRuleId(id)).toBe(id);
      expect(canonicalRuleId(` ${id.toUpperCase().replace(/-/g, '_')} `)).toBe(id);
      expect(canonicalRuleId(id.replace(/-/g, ' '))).toBe(id);
    }
  });

  it('maps other names of the same weakness to its rule', () => {
    expect(['SQLi', 'SQL Injection', 'sql_injection', 'sql.injection'].map(canonicalRuleId)).toEqual(
      Array(4).fill('sql-injection'),
    );
    expect(['Cross-Site Scripting', 'cross site scripting', 'XSS'].map(canonicalRuleId)).toEqual(Array(3).fill('xss'));
    expect(canonicalRuleId('OS Command Injection')).toBe('command-injection');
    expect(canonicalRuleId('Directory Traversal')).toBe('path-traversal');
    expect(canonicalRuleId('Hard-coded credentials')).toBe('hardcoded-secret');
    expect(canonicalRuleId('SSTI')).toBe('template-injection');
  });

  it('maps a CWE id to the one rule that names it', () => {
    expect(canonicalRuleId('CWE-89')).toBe('sql-injection');
    expect(canonicalRuleId('cwe_079')).toBe('xss');
    expect(canonicalRuleId('CWE-78')).toBe('command-injection');
    for (const r of RULES.values()) for (const c of r.cwe) expect(canonicalRuleId(c)).toBe(r.id);
    expect(canonicalRuleId('CWE-1')).toBe('cwe-1');
  });

  it('leaves an unknown or ambiguous name unknown, also one that is a property name', () => {
    for (const raw of ['Log4Shell', 'rce', 'injection', 'constructor', '__proto__', 'toString']) {
      const id = canonicalRuleId(raw);
      expect(typeof id).toBe('string');
      expect(RULES.has(id), raw).toBe(false);
    }
  });

  it('files a differently spelled rule under its rule when extracting, and an unknown one under "other"', () => {
    const r = extractFindings(
      JSON.stringify({ summary: '', findings: [finding('SQL Injection'), finding('CWE-89'), finding('constructor')] }),
    );
    expect(r.ok && r.findings.map((f) => f.ruleId)).toEqual(['sql-injection', 'sql-injection', 'other']);
    expect(r.ok && r.notes).toEqual(['finding 2: unknown rule id "constructor" filed under "other"']);
  });
});
