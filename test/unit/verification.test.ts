import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/normalize.js';
import { readVerification, verificationPrompt, VERIFY_PREFIX } from '../../src/verify/verification.js';
import { VERIFY_PREFIX as STAND_IN_PREFIX, verifiedFinding } from '../support/fake-responses.ts';

const finding = { ruleId: 'sql-injection', title: 'SQL injection in findUser', severity: 'critical', confidence: 'high', cwe: ['CWE-89'], file: 'app/src/db.js', startLine: 8, endLine: 9, description: 'id reaches client.query.', recommendation: 'r', fingerprint: 'f', lineHash: 'h' } satisfies Finding;

describe('verification', () => {
  it('is never confirmed without an answer that says so in its schema', () => {
    expect(readVerification(undefined, 'Codex did not finish within the time limit').verdict).toBe('uncertain');
    expect(readVerification('{"verdict":"confirmed"', undefined)).toMatchObject({ verdict: 'uncertain', reason: 'The verification answer was not JSON.' });
    expect(readVerification(JSON.stringify({ verdict: 'confirmed', reason: 'yes' }), undefined).verdict).toBe('uncertain');
    expect(readVerification(JSON.stringify({ verdict: 'confirmed', reason: 'traced', evidence: [{ file: './src/db.js', line: 8, note: 'sink' }], exploit: null }), undefined)).toEqual({
      verdict: 'confirmed', reason: 'traced', evidence: [{ file: 'src/db.js', line: 8, note: 'sink' }], exploit: null,
    });
  });

  it('names exactly one finding, after the one fixed prefix the test stand-in recognises', () => {
    expect(STAND_IN_PREFIX).toBe(VERIFY_PREFIX);
    const prompt = verificationPrompt(finding, 'app');
    expect(prompt.startsWith(VERIFY_PREFIX)).toBe(true);
    // Paths as Codex sees them: relative to the reviewed directory.
    const request = { index: 0, thread: 't', threadIndex: 0, verification: true, method: 'POST', path: '/v1/responses', headers: {}, body: { input: [{ type: 'message', content: [{ type: 'input_text', text: prompt }] }] } };
    expect(verifiedFinding(request)).toEqual({ title: 'SQL injection in findUser', file: 'src/db.js', startLine: 8, endLine: 9 });
    // The prefix is shared, so an endpoint's prompt cache serves every verification of a scan.
    const other = verificationPrompt({ ...finding, title: 'Other', file: 'app/src/x.js' }, 'app');
    const shared = [...prompt].findIndex((ch, i) => other[i] !== ch);
    expect(prompt.slice(0, shared)).toContain('The finding to verify:');
  });
});
