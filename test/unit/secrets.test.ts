// Secret-looking values are found in whatever form a person could read them, and ordinary code is left alone.
// Test values are put together at run time, so that no scanner takes this file for a leak.
import { createHash, generateKeyPairSync } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { maskedLog } from '../../src/util/masked-log.js';
import { Redactor, maskOf } from '../../src/util/redact.js';
import { findSecrets, hardcodedSecretValues } from '../../src/util/secrets.js';

/** `n` characters from `alphabet`, the same on every run. */
function chars(
  n: number,
  alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  seed = 7,
): string {
  let out = '';
  for (let i = 0; out.length < n; i++)
    for (const byte of createHash('sha256').update(`${seed}:${i}`).digest()) out += alphabet[byte % alphabet.length];
  return out.slice(0, n);
}

const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** A real private key, made for the test. */
const pem = (type: 'pkcs1' | 'pkcs8') =>
  generateKeyPairSync('rsa', {
    modulusLength: 1024,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type, format: 'pem' },
  }).privateKey.trim();
const b64url = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');

export const SAMPLES = {
  'GitHub classic token': ['ghp', chars(36)].join('_'),
  'GitHub OAuth token': ['gho', chars(36, undefined, 11)].join('_'),
  'GitHub app token': ['ghs', chars(36, undefined, 12)].join('_'),
  'GitHub fine-grained token': ['github', 'pat', chars(82, undefined, 13)].join('_'),
  'AWS access key id': `AKIA${chars(16, UPPER_DIGITS, 14)}`,
  'AWS temporary key id': `ASIA${chars(16, UPPER_DIGITS, 15)}`,
  'Slack bot token': ['xoxb', '123456789012', '1234567890123', chars(24, undefined, 16)].join('-'),
  'Stripe live key': ['sk', 'live', chars(40, undefined, 17)].join('_'),
  'Google API key': `AIza${chars(35, undefined, 18)}`,
  'OpenAI project key': `sk-proj-${chars(74, undefined, 19)}T3BlbkFJ${chars(74, undefined, 20)}`,
  'RSA private key': pem('pkcs1'),
  'PKCS#8 private key': pem('pkcs8'),
  'JSON Web Token': `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url({ sub: '1234567890', name: 'A user' })}.${chars(43, undefined, 21)}`,
};

describe('findSecrets', () => {
  for (const [name, value] of Object.entries(SAMPLES)) {
    it(`finds a ${name} in prose, in code and in JSON`, async () => {
      for (const text of [
        `The value ${value} is committed.`,
        `const token = "${value}";`,
        JSON.stringify({ text: `key: ${value}` }),
      ]) {
        const found = await findSecrets([text]);
        const masked = [...found].reduce((t, v) => t.split(v).join('[masked]'), text);
        expect(masked, text).not.toContain(value.split('\n')[1] ?? value.slice(8));
      }
    });
  }

  it('finds an AWS secret access key beside its key id, and whole where a rule names it', async () => {
    const id = SAMPLES['AWS access key id'];
    const secret = chars(40, BASE64, 22);
    expect(await findSecrets([`AWS key pair ${id} / ${secret}`])).toContain(secret);
    expect(await findSecrets([`AWS_SECRET_ACCESS_KEY = "${secret}"`])).toEqual(new Set([secret]));
    // Alone, 40 characters of base64 are no secret: digests and ids look the same.
    expect(await findSecrets([`checksum ${secret}`])).toEqual(new Set());
  });

  it("finds a connection string's password also where it is quoted alone", async () => {
    const found = await findSecrets([`databaseUrl: 'postgres://admin:Winter2024!@db.internal:5432/app',`]);
    expect(found).toEqual(new Set(['postgres://admin:Winter2024!@db.internal:5432/app', 'Winter2024!']));
  });

  it("takes only the value, not the words of the rule's message", async () => {
    const token = SAMPLES['GitHub classic token'];
    expect(await findSecrets([`Rotate ${token}.`, 'GitHub personal access tokens expire.'])).toEqual(new Set([token]));
  });

  it('is not switched off by a secretlint-disable comment in the text', async () => {
    const token = SAMPLES['GitHub classic token'];
    expect(await findSecrets([`// secretlint-disable\nconst t = "${token}";`])).toEqual(new Set([token]));
  });

  it('finds nothing in ordinary code: the example app (but its configuration) and this action', async () => {
    const app = 'examples/vulnerable-app';
    const files = [
      ...['server.js', 'db.js', 'files.js', 'tools.js'].map((f) => join(app, 'src', f)),
      join(app, 'public/index.html'),
      join(app, 'package.json'),
      join(app, 'README.md'),
      'README.md',
      'action.yml',
    ];
    for (const dir of ['src', 'src/github', 'src/scan', 'src/findings'])
      for (const f of readdirSync(dir)) if (f.endsWith('.ts')) files.push(join(dir, f));
    const texts = files.map((f) => readFileSync(f, 'utf8'));
    expect(await findSecrets(texts)).toEqual(new Set());
  });
});

describe('hardcodedSecretValues', () => {
  const values = (lines: string[], text: string[] = ['Hard-coded credential']) =>
    hardcodedSecretValues({ text, lines });

  it("takes the value given to a credential's name, in code and in configuration", () => {
    expect(values(["  sessionSecret: 'keyboard-cat-session-secret',"])).toEqual(['keyboard-cat-session-secret']);
    expect(values(['DB_PASSWORD=hunter2-prod'])).toEqual(['hunter2-prod']);
    expect(values(['api_key: s3cr3t-value-x'])).toEqual(['s3cr3t-value-x']);
    expect(values(['token = os.getenv("API_TOKEN", "fallback-token-1")'])).toEqual(['fallback-token-1']);
  });

  it('takes a value the finding itself quotes, and a random-looking literal', () => {
    expect(
      values(
        ['const client = new Client({ user: "admin", pw2: "changeme!" });'],
        ['The password "changeme!" is in the source.'],
      ),
    ).toEqual(['changeme!']);
    expect(values(['const conn = connect("h7Gq2LxVb9Np4Rt6");'])).toEqual(['h7Gq2LxVb9Np4Rt6']);
    expect(values([], ['The key `wJalrXUtnFEMI/K7MDENG/bPxRfiCY3XAMPLEKEY` is committed.'])).toEqual([
      'wJalrXUtnFEMI/K7MDENG/bPxRfiCY3XAMPLEKEY',
    ]);
  });

  it('leaves references, names and ordinary strings alone', () => {
    expect(
      values(
        [
          'const token = process.env.GITHUB_TOKEN;',
          'const secret = config.sessionSecret;',
          "const key = readKey('./keys/server.pem');",
          'app.use(session({ secret: `${prefix}-x` }));',
          "const header = 'X-Forwarded-For';",
        ],
        ['See `src/config.js:3` and `process.env.GITHUB_TOKEN`.'],
      ),
    ).toEqual([]);
  });
});

describe('Redactor', () => {
  it('masks a found value with its public start and its length', () => {
    const token = SAMPLES['GitHub classic token'];
    expect(maskOf(token)).toBe('ghp_…(40 chars, masked)');
    expect(maskOf('Winter2024!')).toBe('…(11 chars, masked)');
    expect(maskOf(SAMPLES['RSA private key'])).toBe(
      `-----BEGIN RSA PRIVATE KEY-----…(${SAMPLES['RSA private key'].length} chars, masked)`,
    );
  });

  it('masks a found value raw, JSON-escaped once and twice, URL-encoded, and in bytes', () => {
    const key = SAMPLES['RSA private key'];
    const r = new Redactor();
    r.addFound(key);
    const mask = maskOf(key);
    const once = JSON.stringify({ d: key });
    const twice = JSON.stringify({ text: once });
    for (const text of [key, once, twice, encodeURIComponent(key)]) {
      expect(r.redact(text)).not.toContain(key.split('\n')[1]);
      expect(r.redact(text)).toContain(mask);
    }
    expect(r.redactBytes(Buffer.from(`a\r\n${key}\r\nb`)).toString()).toBe(`a\r\n${mask}\r\nb`);
  });

  it('keeps the credentials it holds as *** and leaves short values and kept JSON fields alone', () => {
    const r = new Redactor();
    r.add('sk-test-0123456789abcdef');
    r.addFound('abc12');
    r.addFound('Winter2024!');
    expect(r.redact('key sk-test-0123456789abcdef, abc12')).toBe('key ***, abc12');
    const json = JSON.stringify(
      { file: 'Winter2024!.txt', message: 'password Winter2024!' },
      r.jsonText(new Set(['file'])),
    );
    expect(JSON.parse(json)).toEqual({ file: 'Winter2024!.txt', message: 'password …(11 chars, masked)' });
  });
});

describe('maskedLog', () => {
  it('prints every line in order, a secret in it masked, and is flushed when the last line is out', async () => {
    const printed: string[] = [];
    const log = maskedLog({
      info: (t) => printed.push(`info ${t}`),
      warning: (t) => printed.push(`warning ${t}`),
      startGroup: (t) => printed.push(`group ${t}`),
      endGroup: () => printed.push('end'),
    });
    const token = SAMPLES['GitHub classic token'];
    log.startGroup('Codex: reviewing');
    log.info(`$ grep -rn "${token}" src  → exit 0`);
    log.warning('Codex warning: retrying');
    log.endGroup();
    await log.flushed();
    expect(printed).toEqual([
      'group Codex: reviewing',
      'info $ grep -rn "ghp_…(40 chars, masked)" src  → exit 0',
      'warning Codex warning: retrying',
      'end',
    ]);
  });
});
