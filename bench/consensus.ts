// Quality and price of finding clustering (src/findings/cluster.ts) with the consensus and verification policy (the
// judge stage's rule and the second opinion on disputed clusters, src/verify/second-opinion.ts), on a seeded
// simulation: a synthetic tree with 30 known vulnerabilities, review passes that each find a vulnerability with p 0.7
// and report it with jittered lines, drifting rule ids and CWEs and their own wording, plus false positives that
// repeat across passes (safe look-alikes that fool several passes) and one-off ones, and a verifier that is right 90 %
// of the time (and otherwise gives the opposite verdict). Prints, per policy, precision, recall, the verification
// threads and input tokens a scan costs (priced from measured requests) and precision per million tokens, beside the
// precision the older model (independent false positives only) gave; and how well the clustering keeps one origin
// together and distinct ones apart. Deterministic from the seed; no dependencies.
//
//   tsx bench/consensus.ts [seed] [trials]
import { pathToFileURL } from 'node:url';
import { CLUSTERING, clusterFindings, lineGap, type Cluster } from '../src/findings/cluster.js';
import { RULES, RULE_IDS } from '../src/findings/catalogue.js';
import type { Finding } from '../src/findings/finding.js';
import { SEVERITIES, CONFIDENCES, type Severity } from '../src/findings/severity.js';
import { keeps } from '../src/findings/policy.js';
import { isDisputed, settle } from '../src/verify/second-opinion.js';
import type { Verification } from '../src/findings/finding.js';

// ---------------------------------------------------------------------------------------------------------------
// Randomness: one small seeded generator (mulberry32); every stream is derived from (seed, trial, purpose).

type Rng = () => number;

function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit seed mixed from several integers (murmur3's finaliser over a running combination). */
function mix(...xs: number[]): number {
  let h = 0x811c9dc5;
  for (const x of xs) {
    h = Math.imul(h ^ (x >>> 0), 0x01000193) >>> 0;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b) >>> 0;
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35) >>> 0;
    h ^= h >>> 16;
  }
  return h >>> 0;
}

const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;

// ---------------------------------------------------------------------------------------------------------------
// The synthetic tree.

const FILES: { path: string; lines: number }[] = [
  { path: 'src/api/users.js', lines: 320 },
  { path: 'src/api/orders.js', lines: 410 },
  { path: 'src/api/files.js', lines: 260 },
  { path: 'src/api/admin.js', lines: 350 },
  { path: 'src/auth/session.js', lines: 220 },
  { path: 'src/auth/login.js', lines: 300 },
  { path: 'src/lib/db.js', lines: 240 },
  { path: 'src/lib/exec.js', lines: 200 },
  { path: 'src/lib/fetch.js', lines: 280 },
  { path: 'src/views/render.js', lines: 330 },
  { path: 'src/util/merge.js', lines: 180 },
  { path: 'src/config/index.js', lines: 150 },
];

interface VulnSpec {
  file: string;
  ruleId: string;
  /** The function it is in, the tainted value, the sink call, where the value comes from. */
  fn: string;
  param: string;
  sink: string;
  source: string;
  severity: Severity;
  /** Index of an earlier vulnerability in the same file this one sits 4–6 lines below (a close distinct pair). */
  near?: number;
}

// prettier-ignore
const SPECS: VulnSpec[] = [
  /* 0 */ { file: 'src/api/users.js', ruleId: 'sql-injection', fn: 'findUser', param: 'userId', sink: 'db.query', source: 'req.params.userId', severity: 'critical' },
  /* 1 */ { file: 'src/api/users.js', ruleId: 'sql-injection', fn: 'searchUsers', param: 'nameFilter', sink: 'db.query', source: 'req.query.name', severity: 'high', near: 0 },
  /* 2 */ { file: 'src/api/users.js', ruleId: 'xss', fn: 'renderProfile', param: 'displayName', sink: 'res.send', source: 'profile.displayName', severity: 'medium' },
  /* 3 */ { file: 'src/api/users.js', ruleId: 'broken-access-control', fn: 'deleteUser', param: 'targetId', sink: 'User.destroy', source: 'req.body.targetId', severity: 'high' },
  /* 4 */ { file: 'src/api/orders.js', ruleId: 'sql-injection', fn: 'listOrders', param: 'sortColumn', sink: 'knex.raw', source: 'req.query.sort', severity: 'high' },
  /* 5 */ { file: 'src/api/orders.js', ruleId: 'nosql-injection', fn: 'findOrder', param: 'orderFilter', sink: 'Orders.find', source: 'req.body.filter', severity: 'high', near: 4 },
  /* 6 */ { file: 'src/api/orders.js', ruleId: 'broken-access-control', fn: 'getInvoice', param: 'invoiceId', sink: 'Invoice.findById', source: 'req.params.invoiceId', severity: 'high' },
  /* 7 */ { file: 'src/api/orders.js', ruleId: 'csrf', fn: 'cancelOrder', param: 'orderId', sink: 'router.post', source: 'req.body.orderId', severity: 'medium' },
  /* 8 */ { file: 'src/api/files.js', ruleId: 'path-traversal', fn: 'downloadFile', param: 'fileName', sink: 'fs.createReadStream', source: 'req.query.file', severity: 'high' },
  /* 9 */ { file: 'src/api/files.js', ruleId: 'path-traversal', fn: 'uploadAvatar', param: 'avatarPath', sink: 'fs.writeFile', source: 'req.body.path', severity: 'high', near: 8 },
  /* 10 */ { file: 'src/api/files.js', ruleId: 'command-injection', fn: 'convertImage', param: 'imageFormat', sink: 'child_process.exec', source: 'req.query.format', severity: 'critical' },
  /* 11 */ { file: 'src/api/admin.js', ruleId: 'command-injection', fn: 'runBackup', param: 'backupName', sink: 'execSync', source: 'req.body.name', severity: 'critical' },
  /* 12 */ { file: 'src/api/admin.js', ruleId: 'code-injection', fn: 'evalReport', param: 'reportFormula', sink: 'eval', source: 'req.body.formula', severity: 'critical', near: 11 },
  /* 13 */ { file: 'src/api/admin.js', ruleId: 'broken-authentication', fn: 'adminGuard', param: 'apiKey', sink: 'headers.x-api-key', source: 'req.headers', severity: 'high' },
  /* 14 */ { file: 'src/auth/session.js', ruleId: 'weak-cryptography', fn: 'signSession', param: 'sessionSecret', sink: 'crypto.createHmac', source: 'config.sessionSecret', severity: 'medium' },
  /* 15 */ { file: 'src/auth/session.js', ruleId: 'insecure-randomness', fn: 'newSessionId', param: 'sessionToken', sink: 'Math.random', source: 'Math.random()', severity: 'medium', near: 14 },
  /* 16 */ { file: 'src/auth/login.js', ruleId: 'broken-authentication', fn: 'verifyPassword', param: 'passwordHash', sink: 'bcrypt.compare', source: 'req.body.password', severity: 'high' },
  /* 17 */ { file: 'src/auth/login.js', ruleId: 'open-redirect', fn: 'handleLogin', param: 'returnUrl', sink: 'res.redirect', source: 'req.query.next', severity: 'medium' },
  /* 18 */ { file: 'src/auth/login.js', ruleId: 'hardcoded-secret', fn: 'jwtConfig', param: 'JWT_SECRET', sink: 'jwt.sign', source: 'a string literal', severity: 'high' },
  /* 19 */ { file: 'src/lib/db.js', ruleId: 'sql-injection', fn: 'buildWhere', param: 'columnName', sink: 'pool.execute', source: 'options.column', severity: 'high' },
  /* 20 */ { file: 'src/lib/db.js', ruleId: 'sql-injection', fn: 'countRows', param: 'tableName', sink: 'pool.execute', source: 'options.table', severity: 'high', near: 19 },
  /* 21 */ { file: 'src/lib/exec.js', ruleId: 'command-injection', fn: 'gitClone', param: 'repoUrl', sink: 'spawn', source: 'job.repoUrl', severity: 'critical' },
  /* 22 */ { file: 'src/lib/exec.js', ruleId: 'insecure-deserialization', fn: 'loadJob', param: 'jobPayload', sink: 'serialize.unserialize', source: 'queue message', severity: 'critical' },
  /* 23 */ { file: 'src/lib/fetch.js', ruleId: 'ssrf', fn: 'fetchPreview', param: 'previewUrl', sink: 'axios.get', source: 'req.query.url', severity: 'high' },
  /* 24 */ { file: 'src/lib/fetch.js', ruleId: 'ssrf', fn: 'proxyImage', param: 'imageUrl', sink: 'http.get', source: 'req.query.src', severity: 'high', near: 23 },
  /* 25 */ { file: 'src/lib/fetch.js', ruleId: 'xxe', fn: 'parseFeed', param: 'feedXml', sink: 'libxmljs.parseXml', source: 'the fetched feed body', severity: 'high' },
  /* 26 */ { file: 'src/views/render.js', ruleId: 'template-injection', fn: 'renderEmail', param: 'emailTemplate', sink: 'ejs.render', source: 'req.body.template', severity: 'critical' },
  /* 27 */ { file: 'src/views/render.js', ruleId: 'xss', fn: 'renderComment', param: 'commentBody', sink: 'innerHTML', source: 'comment.body', severity: 'medium', near: 26 },
  /* 28 */ { file: 'src/util/merge.js', ruleId: 'prototype-pollution', fn: 'deepMerge', param: 'sourceObject', sink: 'target[key]', source: 'JSON.parse(req.body)', severity: 'high' },
  /* 29 */ { file: 'src/config/index.js', ruleId: 'insecure-configuration', fn: 'corsOptions', param: 'allowedOrigin', sink: 'cors', source: 'the Origin header', severity: 'medium' },
];

export interface Vuln extends VulnSpec {
  id: number;
  line: number;
}

/** Places the vulnerabilities: close pairs 4–6 lines apart, every other one at least 15 lines from the rest. */
function makeTree(rng: Rng): Vuln[] {
  const out: Vuln[] = [];
  for (const [id, spec] of SPECS.entries()) {
    const length = FILES.find((f) => f.path === spec.file)!.lines;
    let line: number;
    if (spec.near !== undefined) line = out[spec.near]!.line + int(rng, 4, 6);
    else {
      for (;;) {
        line = int(rng, 20, length - 30);
        const l = line;
        if (out.every((v) => v.file !== spec.file || Math.abs(v.line - l) >= 15)) break;
      }
    }
    out.push({ ...spec, id, line });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Wording: per rule, the ways a reviewer names the flaw, the sink, the impact and the fix.

interface Vocab {
  names: string[];
  sinks: string[];
  impacts: string[];
  fixes: string[];
  /** Sink calls a false positive of this rule may name. */
  calls: string[];
}

// prettier-ignore
const VOCAB: Record<string, Vocab> = {
  'sql-injection': { names: ['SQL injection', 'SQL query injection', 'Injectable SQL statement'], sinks: ['a raw SQL query', 'a string-built SQL statement', 'the database query text'], impacts: ['read or change any row in the database', 'dump other tables', 'bypass the WHERE clause'], fixes: ['bound parameters', 'a parameterised statement', 'placeholders'], calls: ['db.query', 'knex.raw', 'sequelize.query'] },
  'nosql-injection': { names: ['NoSQL injection', 'MongoDB operator injection'], sinks: ['a Mongo filter', 'the query object'], impacts: ['match every document with $ne or $gt operators', 'bypass the lookup filter'], fixes: ['a string cast of the value', 'a check that rejects keys starting with $'], calls: ['collection.find', 'Model.findOne'] },
  'command-injection': { names: ['OS command injection', 'Shell command injection', 'Command injection'], sinks: ['a shell command line', 'a command string run by the shell'], impacts: ['run arbitrary programs on the server', 'execute shell commands as the service account'], fixes: ['execFile with an argument list', 'an allow-list of values'], calls: ['exec', 'execSync', 'spawn'] },
  'code-injection': { names: ['Code injection', 'Arbitrary code execution', 'Dynamic evaluation of untrusted input'], sinks: ['dynamically evaluated code', 'an eval call'], impacts: ['execute JavaScript in the server process', 'take over the process'], fixes: ['a fixed lookup table instead of eval', 'a safe expression parser'], calls: ['eval', 'new Function', 'vm.runInContext'] },
  'template-injection': { names: ['Server-side template injection', 'Template injection'], sinks: ['the template source', 'a compiled template'], impacts: ['run code through template expressions', 'read server-side variables'], fixes: ['the value as template data, never as source'], calls: ['ejs.render', 'handlebars.compile'] },
  'path-traversal': { names: ['Path traversal', 'Directory traversal', 'Arbitrary file access'], sinks: ['a file system path', 'the path of a file operation'], impacts: ['read files outside the upload directory with ../ sequences', 'overwrite arbitrary files'], fixes: ['a resolved path checked against the root', 'a map from ids to file names'], calls: ['fs.readFile', 'path.join', 'res.sendFile'] },
  'xss': { names: ['Cross-site scripting', 'Reflected XSS', 'Stored XSS'], sinks: ['the HTML response', 'unescaped markup'], impacts: ['run script in another visitor\'s browser', 'steal session cookies'], fixes: ['HTML encoding of the output', 'an escaping template'], calls: ['res.send', 'innerHTML', 'document.write'] },
  'ssrf': { names: ['Server-side request forgery', 'SSRF'], sinks: ['an outbound HTTP request', 'the fetched URL'], impacts: ['reach internal services such as the metadata endpoint', 'scan the internal network'], fixes: ['an allow-list of hosts', 'a block on private address ranges'], calls: ['fetch', 'axios.get', 'http.request'] },
  'xxe': { names: ['XML external entity expansion', 'XXE'], sinks: ['an XML parser with entities enabled', 'the XML parser'], impacts: ['read local files through external entities', 'trigger requests from the server'], fixes: ['a parser with DTDs and external entities disabled'], calls: ['libxmljs.parseXml', 'xml2js.parseString'] },
  'insecure-deserialization': { names: ['Deserialization of untrusted data', 'Insecure deserialization'], sinks: ['an object deserializer', 'unserialize'], impacts: ['run code through a crafted payload', 'instantiate arbitrary objects'], fixes: ['JSON with schema validation'], calls: ['serialize.unserialize', 'yaml.load'] },
  'prototype-pollution': { names: ['Prototype pollution', 'Object prototype pollution'], sinks: ['a recursive merge', 'object keys copied as is'], impacts: ['set properties on Object.prototype through __proto__', 'change the behaviour of every object'], fixes: ['a check that rejects __proto__ and constructor keys', 'Object.create(null) maps'], calls: ['Object.assign', 'lodash.merge'] },
  'open-redirect': { names: ['Open redirect', 'Unvalidated redirect'], sinks: ['the redirect target', 'a Location header'], impacts: ['send victims to a phishing site', 'leak tokens to another host'], fixes: ['relative paths only', 'an allow-list of hosts'], calls: ['res.redirect', 'location.assign'] },
  'broken-authentication': { names: ['Broken authentication', 'Authentication bypass', 'Weak credential check'], sinks: ['the credential comparison', 'the authentication check'], impacts: ['log in without valid credentials', 'bypass the login'], fixes: ['a constant-time comparison in a vetted library'], calls: ['jwt.decode', 'compare'] },
  'broken-access-control': { names: ['Missing authorization', 'Broken access control', 'Insecure direct object reference'], sinks: ['an object lookup without an ownership check', 'the record access'], impacts: ['read or delete other accounts\' records', 'act on objects they do not own'], fixes: ['an ownership check on the server'], calls: ['Model.findById', 'repo.delete'] },
  'csrf': { names: ['Cross-site request forgery', 'CSRF', 'Missing CSRF protection'], sinks: ['a state-changing route', 'a cookie-authenticated POST handler'], impacts: ['make a logged-in victim perform the action', 'trigger the change from another site'], fixes: ['anti-CSRF tokens', 'SameSite cookies and an origin check'], calls: ['router.post', 'app.put'] },
  'hardcoded-secret': { names: ['Hard-coded secret', 'Embedded credential', 'Secret committed to source'], sinks: ['a string constant', 'the source code'], impacts: ['forge tokens with the leaked key', 'use the credential from a copy of the repository'], fixes: ['a secret store and rotation'], calls: ['jwt.sign', 'createClient'] },
  'weak-cryptography': { names: ['Weak cryptography', 'Broken hash algorithm', 'Weak or misused cryptography'], sinks: ['an MD5-based signature', 'a weak digest'], impacts: ['forge signatures', 'brute-force the digest'], fixes: ['HMAC-SHA-256 or a vetted library'], calls: ['crypto.createHash', 'crypto.createCipher'] },
  'insecure-randomness': { names: ['Insecure randomness', 'Predictable random values', 'Weak random number generator'], sinks: ['a predictable generator', 'non-cryptographic randomness'], impacts: ['guess other sessions\' identifiers', 'predict the next token'], fixes: ['crypto.randomBytes'], calls: ['Math.random', 'Date.now'] },
  'sensitive-data-exposure': { names: ['Exposure of sensitive information', 'Sensitive data in logs', 'Information disclosure'], sinks: ['the log output', 'the error response'], impacts: ['read credentials from the logs', 'learn internal details'], fixes: ['redaction of the value'], calls: ['console.log', 'logger.info'] },
  'insecure-configuration': { names: ['Insecure configuration', 'Permissive CORS policy', 'Unsafe default setting'], sinks: ['the CORS settings', 'a permissive configuration'], impacts: ['read authenticated responses from any origin', 'weaken the browser protections'], fixes: ['an explicit list of origins'], calls: ['cors', 'app.set'] },
  'race-condition': { names: ['Race condition', 'Time-of-check to time-of-use race'], sinks: ['a check and a later use', 'non-atomic update'], impacts: ['spend a balance twice', 'win the race between check and use'], fixes: ['an atomic transaction'], calls: ['fs.exists', 'balance.update'] },
  'memory-safety': { names: ['Memory-safety violation', 'Buffer overflow'], sinks: ['an unchecked buffer write', 'Buffer.allocUnsafe'], impacts: ['read uninitialised memory', 'corrupt the heap'], fixes: ['bounds checks'], calls: ['Buffer.allocUnsafe', 'buf.write'] },
  'other': { names: ['Security issue', 'Unsafe handling of untrusted input'], sinks: ['a sensitive operation', 'an unsafe call'], impacts: ['abuse the operation', 'misuse the feature'], fixes: ['validating the value'], calls: ['handler', 'process'] },
};

/** Rule ids a pass may give instead, and CWEs it may give instead of the rule's own (or none). */
const DRIFT: Record<string, string[]> = {
  'sql-injection': ['code-injection', 'nosql-injection'],
  'nosql-injection': ['sql-injection', 'code-injection'],
  'command-injection': ['code-injection'],
  'code-injection': ['command-injection', 'template-injection'],
  'template-injection': ['code-injection', 'xss'],
  'path-traversal': ['broken-access-control', 'other'],
  xss: ['template-injection', 'other'],
  ssrf: ['open-redirect', 'other'],
  xxe: ['ssrf', 'insecure-deserialization'],
  'insecure-deserialization': ['code-injection'],
  'prototype-pollution': ['code-injection', 'other'],
  'open-redirect': ['ssrf', 'other'],
  'broken-authentication': ['broken-access-control', 'weak-cryptography'],
  'broken-access-control': ['broken-authentication'],
  csrf: ['broken-access-control', 'insecure-configuration'],
  'hardcoded-secret': ['sensitive-data-exposure'],
  'weak-cryptography': ['insecure-randomness'],
  'insecure-randomness': ['weak-cryptography'],
  'sensitive-data-exposure': ['hardcoded-secret', 'insecure-configuration'],
  'insecure-configuration': ['sensitive-data-exposure', 'other'],
};
const GENERIC_CWES = ['CWE-20', 'CWE-74', 'CWE-707'];

interface Words {
  name: string;
  fn: string;
  param: string;
  sink: string;
  sinkPhrase: string;
  source: string;
  impact: string;
  fix: string;
  /** Synonyms drawn per finding. */
  flows: string;
  unchecked: string;
  unvalidated: string;
  noun: string;
  hands: string;
  attacker: string;
}
const lowerFirst = (s: string) => (/^[A-Z][a-z]*\b/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);
const upperFirst = (s: string) => s[0]!.toUpperCase() + s.slice(1);

const FLOWS = ['reaches', 'flows into', 'is passed to', 'ends up in', 'is concatenated into', 'goes straight into'];
const UNCHECKED = ['unsanitised', 'unchecked', 'as is', 'without validation', 'verbatim', 'with no escaping'];
const UNVALIDATED = ['Unvalidated', 'Untrusted', 'Attacker-controlled', 'Unsanitised', 'User-supplied'];
const NOUNS = ['parameter', 'argument', 'field', 'value'];
const HANDS = ['hands it to', 'passes it to', 'feeds it into', 'forwards it to'];
const ATTACKERS = ['An attacker', 'A remote attacker', 'Anyone who can call the endpoint', 'A malicious client'];

// Each names the subject (function and value) but orders and words it differently.
const TITLES: ((w: Words) => string)[] = [
  (w) => `${w.name} in ${w.fn} via ${w.param}`,
  (w) => `${w.name} in ${w.fn}() through the ${w.param} ${w.noun}`,
  (w) => `The ${w.param} ${w.noun} ${w.flows} ${w.sinkPhrase} in ${w.fn}`,
  (w) => `${w.fn}() passes ${w.param} to ${w.sink} ${w.unchecked}`,
  (w) => `${w.unvalidated} ${w.param} ${w.flows} ${w.sinkPhrase} (${w.fn})`,
  (w) => `${w.name}: ${w.fn} builds ${w.sinkPhrase} from ${w.param}`,
  (w) => `${w.fn} is open to ${lowerFirst(w.name)} through ${w.param}`,
  (w) => `${w.fn}: ${w.param} is used in ${w.sinkPhrase} ${w.unchecked}`,
  (w) => `${w.name} (${w.param} in ${w.fn})`,
];
const FLOW_SENTENCES: ((w: Words) => string)[] = [
  (w) => `${w.fn} takes ${w.param} from ${w.source} and ${w.hands} ${w.sink} ${w.unchecked}.`,
  (w) => `${upperFirst(w.source)} ${w.flows} ${w.sinkPhrase} inside ${w.fn}; nothing checks ${w.param} on the way.`,
  (w) => `In ${w.fn}, the ${w.param} ${w.noun} is read from ${w.source} and used in ${w.sink} ${w.unchecked}.`,
  (w) => `${w.fn} does not validate ${w.param} before calling ${w.sink}.`,
  (w) => `The handler ${w.fn} builds ${w.sinkPhrase} with ${w.param}, which comes from ${w.source}.`,
  (w) => `${w.param} (from ${w.source}) ${w.flows} ${w.sink} in ${w.fn} ${w.unchecked}.`,
];
const IMPACT_SENTENCES: ((w: Words) => string)[] = [
  (w) => `${w.attacker} can ${w.impact}.`,
  (w) => `This lets ${lowerFirst(w.attacker)} ${w.impact}.`,
  (w) => `Exploiting it, ${lowerFirst(w.attacker)} could ${w.impact}.`,
  (w) => `The impact: ${lowerFirst(w.attacker)} may ${w.impact}.`,
];
const FIX_SENTENCES: ((w: Words) => string)[] = [
  (w) => `Use ${w.fix}.`,
  (w) => `Fix it with ${w.fix}.`,
  (w) => `${upperFirst(w.fix)} would prevent this.`,
];

function wording(
  rng: Rng,
  ruleId: string,
  subject: { fn: string; param: string; sink: string; source: string },
): { title: string; description: string } {
  const v = VOCAB[ruleId] ?? VOCAB.other!;
  const w: Words = {
    ...subject,
    name: pick(rng, v.names),
    sinkPhrase: pick(rng, v.sinks),
    impact: pick(rng, v.impacts),
    fix: pick(rng, v.fixes),
    flows: pick(rng, FLOWS),
    unchecked: pick(rng, UNCHECKED),
    unvalidated: pick(rng, UNVALIDATED),
    noun: pick(rng, NOUNS),
    hands: pick(rng, HANDS),
    attacker: pick(rng, ATTACKERS),
  };
  const title = pick(rng, TITLES)(w);
  // Flow then impact or impact then flow, and a fix half of the time.
  const flow = pick(rng, FLOW_SENTENCES)(w);
  const impact = pick(rng, IMPACT_SENTENCES)(w);
  const parts = rng() < 0.7 ? [flow, impact] : [impact, flow];
  if (rng() < 0.5) parts.push(pick(rng, FIX_SENTENCES)(w));
  return { title, description: parts.join(' ') };
}

// Subjects of false positives: plausible names that are not the vulnerable ones.
const FP_FUNCTIONS = [
  'formatDate',
  'parseQuery',
  'loadSettings',
  'sendMail',
  'resizeImage',
  'cacheKey',
  'getProfile',
  'updateCart',
  'exportCsv',
  'listTags',
  'auditEvent',
  'refreshToken',
  'buildMenu',
  'readManifest',
  'notifyWebhook',
  'paginate',
  'trackClick',
  'applyCoupon',
];
const FP_VALUES = [
  'pageSize',
  'locale',
  'callbackUrl',
  'sortOrder',
  'templateName',
  'tagList',
  'couponCode',
  'webhookUrl',
  'csvHeader',
  'menuItems',
  'clickTarget',
  'manifestPath',
  'refreshCookie',
  'mailSubject',
];
const FP_SOURCES = ['req.query', 'req.body', 'a cookie', 'the request headers', 'the job options'];

// ---------------------------------------------------------------------------------------------------------------
// Review passes.

const P_FIND = 0.7;
const P_DRIFT = 0.3;
const P_DOT_PATH = 0.1;

/**
 * False positives. A real model is fooled by code that looks vulnerable and is not (a parameterised query, a path built
 * from constants), and the same look-alike fools it again on the next pass: its false positives repeat. Each tree has
 * LOOK_ALIKES safe look-alikes; each fools a pass with its own probability, drawn once per tree from P_FOOLED (some
 * are convincing, some are not). Besides, a pass makes INDEPENDENT_FALSE_POSITIVES one-off mistakes. Both together
 * average 5 false positives per pass, as the independent model this replaces did (`independent` keeps that model, to
 * show how much it flattered consensus).
 */
const LOOK_ALIKES = 8;
const P_FOOLED = { min: 0.1, max: 0.6 };
const INDEPENDENT_FALSE_POSITIVES = 2;
const FALSE_POSITIVES_PER_PASS = INDEPENDENT_FALSE_POSITIVES + (LOOK_ALIKES * (P_FOOLED.min + P_FOOLED.max)) / 2;
export type FalsePositives = 'repeating' | 'independent';

/** A safe look-alike: where it is, what a fooled pass calls it, and how likely a pass is fooled. */
interface LookAlike {
  file: string;
  line: number;
  ruleId: string;
  severity: Severity;
  subject: { fn: string; param: string; sink: string; source: string };
  pFooled: number;
}

/** Where a simulated finding came from: a true vulnerability's id, or a false positive's (negative, unique). */
export type Origin = Map<Finding, number>;

function finding(
  rng: Rng,
  at: { file: string; line: number; ruleId: string; cwe: string[]; severity: Severity },
  text: { title: string; description: string },
): Finding {
  const startLine = Math.max(1, at.line + int(rng, -3, 3));
  const endLine = startLine + int(rng, 0, 2);
  const file = rng() < P_DOT_PATH ? `./${at.file}` : at.file;
  return {
    ruleId: at.ruleId,
    title: text.title,
    severity: at.severity,
    confidence: pick(rng, CONFIDENCES),
    cwe: at.cwe,
    file,
    startLine,
    endLine,
    description: text.description,
    recommendation: RULES.get(at.ruleId)?.help ?? '',
    fingerprint: `sim-${Math.floor(rng() * 2 ** 32).toString(16)}`,
    lineHash: `lh-${startLine}`,
  };
}

function shiftSeverity(rng: Rng, s: Severity): Severity {
  const r = rng();
  const i = SEVERITIES.indexOf(s);
  if (r < 0.1) return SEVERITIES[Math.max(0, i - 1)]!;
  if (r < 0.2) return SEVERITIES[Math.min(SEVERITIES.length - 1, i + 1)]!;
  return s;
}

/** Code a pass may take for a vulnerability: anywhere in a file, any rule, plausible names. */
function randomLookAlike(rng: Rng, pFooled: number): LookAlike {
  const file = pick(rng, FILES);
  const ruleId = pick(rng, RULE_IDS);
  const param = pick(rng, FP_VALUES);
  return {
    file: file.path,
    line: int(rng, 1, file.lines),
    ruleId,
    severity: pick(rng, SEVERITIES),
    subject: {
      fn: pick(rng, FP_FUNCTIONS),
      param,
      sink: pick(rng, (VOCAB[ruleId] ?? VOCAB.other!).calls),
      source: `${pick(rng, FP_SOURCES)}.${param}`,
    },
    pFooled,
  };
}

/** The tree's safe look-alikes, each at least 15 lines from every vulnerability and every other look-alike. */
function makeLookAlikes(rng: Rng, vulns: Vuln[]): LookAlike[] {
  const out: LookAlike[] = [];
  const far = (a: { file: string; line: number }) =>
    [...vulns, ...out].every((b) => b.file !== a.file || Math.abs(b.line - a.line) >= 15);
  while (out.length < LOOK_ALIKES) {
    const la = randomLookAlike(rng, P_FOOLED.min + rng() * (P_FOOLED.max - P_FOOLED.min));
    if (far(la)) out.push(la);
  }
  return out;
}

function reviewPass(
  rng: Rng,
  tree: { vulns: Vuln[]; lookAlikes: LookAlike[] },
  origin: Origin,
  nextFp: { n: number },
): Finding[] {
  const { vulns, lookAlikes } = tree;
  const out: Finding[] = [];
  for (const v of vulns) {
    if (rng() >= P_FIND) continue;
    let ruleId = v.ruleId;
    let cwe = RULES.get(v.ruleId)!.cwe;
    if (rng() < P_DRIFT) {
      // Two in three drifts change the rule (and with it the CWE); the rest keep the rule but drop or change the CWE.
      if (rng() < 2 / 3) {
        ruleId = pick(rng, DRIFT[v.ruleId] ?? ['other']);
        cwe = RULES.get(ruleId)!.cwe;
      } else cwe = rng() < 0.5 ? [] : [pick(rng, GENERIC_CWES)];
    }
    const f = finding(
      rng,
      { file: v.file, line: v.line, ruleId, cwe, severity: shiftSeverity(rng, v.severity) },
      wording(rng, ruleId, v),
    );
    origin.set(f, v.id);
    out.push(f);
  }
  for (const [k, la] of lookAlikes.entries()) {
    if (rng() >= la.pFooled) continue;
    const f = finding(rng, { ...la, cwe: RULES.get(la.ruleId)!.cwe }, wording(rng, la.ruleId, la.subject));
    origin.set(f, -1 - k);
    out.push(f);
  }
  const oneOff = lookAlikes.length ? INDEPENDENT_FALSE_POSITIVES : Math.round(FALSE_POSITIVES_PER_PASS);
  for (let k = 0; k < oneOff; k++) {
    const la = randomLookAlike(rng, 0);
    const f = finding(rng, { ...la, cwe: RULES.get(la.ruleId)!.cwe }, wording(rng, la.ruleId, la.subject));
    origin.set(f, -1 - LOOK_ALIKES - nextFp.n++);
    out.push(f);
  }
  // A pass lists its findings in its own order.
  for (let i = out.length - 1; i > 0; i--) {
    const j = int(rng, 0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Matching, verifier and policy.

const canonical = (path: string) =>
  path
    .replace(/\\/g, '/')
    .replace(/^(?:\.\/)+/, '')
    .replace(/\/{2,}/g, '/');

type Verdict = 'confirmed' | 'refuted' | 'uncertain';
const P_VERIFIER_RIGHT = 0.9;

/** A verifier judges the claim it is shown: the finding is true when a true vulnerability produced it. */
function verify(rng: Rng, isTrue: boolean): Verdict {
  const right = rng() < P_VERIFIER_RIGHT;
  return isTrue === right ? 'confirmed' : 'refuted';
}

// Prices, in input tokens, measured from the request bodies a stand-in model received (Codex 0.169.0, the example app,
// issue 22 "a scan's tokens"): the first request of a review thread carries 11,636 tokens and of a verification thread about 11,005,
// nearly all of it fixed overhead (tool definitions, base instructions), and a verification took 2 requests (16 for 8
// findings). A review pass is priced as one request per file it reads plus its answer. History (file contents sent again
// on later turns) is left out, which prices review passes low and so flatters the policies with more passes.
const REVIEW_REQUEST_TOKENS = 11_636;
const VERIFICATION_REQUEST_TOKENS = 11_005;
const VERIFICATION_REQUESTS = 2;
const REVIEW_REQUESTS = FILES.length + 1;

/** A scan's input tokens: its review passes and its verification threads. */
export function scanTokens(passes: number, verifications: number): number {
  return (
    passes * REVIEW_REQUESTS * REVIEW_REQUEST_TOKENS +
    verifications * VERIFICATION_REQUESTS * VERIFICATION_REQUEST_TOKENS
  );
}

export const defaultMinAgreement = (passes: number) => (passes === 1 ? 1 : Math.floor(passes / 2) + 1);

// ---------------------------------------------------------------------------------------------------------------
// The benchmark.

export interface ConfigResult {
  label: string;
  passes: number;
  verify: boolean;
  disputed: boolean;
  /** Verification threads per trial, second opinions included. */
  verifications: number;
  minAgreement: number;
  /** Pooled over trials: distinct true vulnerabilities matched by kept clusters / kept clusters. */
  precision: number;
  /** Pooled over trials: true vulnerabilities matched by a kept cluster / true vulnerabilities. */
  recall: number;
  /** Input tokens per scan, priced as below (scanTokens). */
  tokens: number;
  precisionPerMTokens: number;
  /** Kept clusters that match no vulnerability, per scan. */
  falsePositivesKept: number;
  /** Means per trial. */
  clusters: number;
  kept: number;
  keptTrue: number;
  /** The same policy and verifier on a perfect clustering (grouped by where each finding came from). */
  oracle: { precision: number; recall: number };
}

export interface PairRate {
  pairs: number;
  merged: number;
  rate: number;
}

export interface PairResult {
  passes: number;
  /** Pairs of findings (of different passes) of one origin, a true vulnerability or a look-alike: merged is what we want. */
  same: PairRate;
  /** Pairs of different origins in one file within 10 lines of each other: merged is wrong. */
  distinctNear: PairRate;
  /** All pairs of different origins: merged is wrong. */
  distinct: PairRate;
}

export interface Target {
  name: string;
  value: number;
  target: string;
  met: boolean;
}

export interface ConsensusResult {
  seed: number;
  trials: number;
  files: number;
  vulnerabilities: number;
  model: {
    pFind: number;
    pDrift: number;
    falsePositivesPerPass: number;
    lookAlikes: number;
    pFooled: { min: number; max: number };
    lineJitter: number;
    pVerifierRight: number;
  };
  clustering: { lineReach: number; locationWeight: number; categoryBonus: number; threshold: number };
  /** False positives that repeat across passes (the model the targets are judged on). */
  configs: ConfigResult[];
  /** The same configurations with every false positive independent, the model this bench used before. */
  independent: ConfigResult[];
  pairs: PairResult[];
  targets: Target[];
  ok: boolean;
  seconds: number;
}

interface Config {
  passes: number;
  verify: boolean;
  /** verify-disputed: a second verification of what is confirmed but has too few votes. */
  disputed: boolean;
}

const CONFIGS: Config[] = [
  { passes: 1, verify: false, disputed: true },
  { passes: 1, verify: true, disputed: true },
  { passes: 3, verify: false, disputed: true },
  { passes: 3, verify: true, disputed: false },
  { passes: 3, verify: true, disputed: true },
  { passes: 5, verify: false, disputed: true },
  { passes: 5, verify: true, disputed: false },
  { passes: 5, verify: true, disputed: true },
];
const MAX_PASSES = 5;
const NEAR_LINES = 10;

interface Tally {
  clusters: number;
  threads: number;
  kept: number;
  keptTrue: number;
  oracleKept: number;
  oracleTrue: number;
}

interface Group {
  votes: number;
  representative: Finding;
  /** Where the representative came from: what the verifier is shown and what a person is shown. */
  origin: number;
}

const opinion = (verdict: Verdict): Verification => ({ verdict, reason: '', evidence: [], exploit: null });

/** Kept clusters, the distinct true vulnerabilities they report, and the verification threads it took. */
function judge(
  rng: Rng,
  vulns: Vuln[],
  groups: Group[],
  cfg: Config,
): { kept: number; matched: number; threads: number } {
  const matched = new Set<number>();
  const minAgreement = defaultMinAgreement(cfg.passes);
  let kept = 0;
  let threads = 0;
  for (const g of groups) {
    const v = g.origin >= 0 ? vulns[g.origin]! : undefined;
    if (v && (v.file !== canonical(g.representative.file) || Math.abs(v.line - g.representative.startLine) > 3))
      throw new Error(`cluster ${g.origin} is not where its vulnerability is`);
    // Both opinions are drawn for every cluster, so that every configuration judges the same clusters alike.
    const first = opinion(verify(rng, v !== undefined));
    const second = opinion(verify(rng, v !== undefined));
    let verdict: Verification['verdict'] | undefined;
    if (cfg.verify) {
      threads += 1;
      const disputed = isDisputed(g.votes, first, { verifyDisputed: cfg.disputed, minAgreement });
      if (disputed) threads += 1;
      verdict = disputed ? settle(first, second).verdict : first.verdict;
    }
    if (!keeps(g.votes, verdict, { verify: cfg.verify, minAgreement })) continue;
    kept += 1;
    if (v) matched.add(v.id);
  }
  return { kept, matched: matched.size, threads };
}

/** The clustering's groups, each with the origin of its representative (the variant it was made from). */
function clusterGroups(clusters: Cluster[], origin: Origin): Group[] {
  return clusters.map((c) => ({
    votes: c.votes,
    representative: c.representative,
    origin: origin.get(c.variants.find((x) => x.finding.fingerprint === c.representative.fingerprint)!.finding)!,
  }));
}

/** Perfect clustering: one group per origin, its representative at the median start line. */
function oracleGroups(passes: Finding[][], origin: Origin): Group[] {
  const byOrigin = new Map<number, Finding[]>();
  for (const fs of passes)
    for (const f of fs) byOrigin.set(origin.get(f)!, [...(byOrigin.get(origin.get(f)!) ?? []), f]);
  return [...byOrigin.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([o, fs]) => {
      const sorted = [...fs].sort((a, b) => a.startLine - b.startLine);
      return { votes: fs.length, representative: sorted[Math.floor((sorted.length - 1) / 2)]!, origin: o };
    });
}

function pairStats(
  passes: Finding[][],
  clusters: Cluster[],
  origin: Origin,
  into: Record<'same' | 'distinctNear' | 'distinct', { pairs: number; merged: number }>,
): void {
  const clusterOf = new Map<Finding, number>();
  clusters.forEach((c, i) => c.variants.forEach((v) => clusterOf.set(v.finding, i)));
  const all = passes.flatMap((fs, p) =>
    fs.map((f) => ({ p, f, o: origin.get(f)!, file: canonical(f.file), c: clusterOf.get(f)! })),
  );
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const a = all[i]!;
      const b = all[j]!;
      if (a.p === b.p) continue;
      const merged = a.c === b.c ? 1 : 0;
      // One origin: one vulnerability, or one look-alike that fooled both passes.
      if (a.o === b.o) {
        into.same.pairs += 1;
        into.same.merged += merged;
        continue;
      }
      into.distinct.pairs += 1;
      into.distinct.merged += merged;
      if (a.file === b.file && lineGap(a.f, b.f) <= NEAR_LINES) {
        into.distinctNear.pairs += 1;
        into.distinctNear.merged += merged;
      }
    }
  }
}

/**
 * One trial's tree and its review passes; origin says where each finding came from (a vulnerability id, or < 0 for a
 * false positive: -1 - k for the k-th look-alike, lower for one-off mistakes).
 */
export function simulateTrial(
  seed: number,
  trial: number,
  passCount = MAX_PASSES,
  falsePositives: FalsePositives = 'repeating',
): { vulns: Vuln[]; passes: Finding[][]; origin: Origin } {
  const vulns = makeTree(mulberry32(mix(seed, trial, 1)));
  const lookAlikes = falsePositives === 'repeating' ? makeLookAlikes(mulberry32(mix(seed, trial, 5)), vulns) : [];
  const origin: Origin = new Map();
  const nextFp = { n: 0 };
  const passes = Array.from({ length: passCount }, (_, p) =>
    reviewPass(mulberry32(mix(seed, trial, 2, p)), { vulns, lookAlikes }, origin, nextFp),
  );
  return { vulns, passes, origin };
}

/** Every configuration judged on the same seeded trials, with false positives of the given model. */
function simulateModel(
  seed: number,
  trials: number,
  falsePositives: FalsePositives,
): { configs: ConfigResult[]; pairs: PairResult[] } {
  const tallies = CONFIGS.map((): Tally => ({
    clusters: 0,
    threads: 0,
    kept: 0,
    keptTrue: 0,
    oracleKept: 0,
    oracleTrue: 0,
  }));
  const pairCounts = new Map<number, Record<'same' | 'distinctNear' | 'distinct', { pairs: number; merged: number }>>();
  for (const n of new Set(CONFIGS.map((c) => c.passes)))
    if (n > 1)
      pairCounts.set(n, {
        same: { pairs: 0, merged: 0 },
        distinctNear: { pairs: 0, merged: 0 },
        distinct: { pairs: 0, merged: 0 },
      });

  for (let trial = 0; trial < trials; trial++) {
    const { vulns, passes, origin } = simulateTrial(seed, trial, MAX_PASSES, falsePositives);
    const byCount = new Map<number, { clusters: Cluster[]; groups: Group[]; oracle: Group[] }>();
    for (const n of new Set(CONFIGS.map((c) => c.passes))) {
      const used = passes.slice(0, n);
      const clusters = clusterFindings(used);
      byCount.set(n, { clusters, groups: clusterGroups(clusters, origin), oracle: oracleGroups(used, origin) });
      const counts = pairCounts.get(n);
      if (counts) pairStats(used, clusters, origin, counts);
    }
    CONFIGS.forEach((cfg, k) => {
      const { clusters, groups, oracle } = byCount.get(cfg.passes)!;
      // The verifier's draws depend on the pass count only, so the configurations of one pass count judge the same
      // clusters with the same verdicts.
      const real = judge(mulberry32(mix(seed, trial, 3, cfg.passes)), vulns, groups, cfg);
      const ideal = judge(mulberry32(mix(seed, trial, 4, cfg.passes)), vulns, oracle, cfg);
      const t = tallies[k]!;
      t.clusters += clusters.length;
      t.threads += real.threads;
      t.kept += real.kept;
      t.keptTrue += real.matched;
      t.oracleKept += ideal.kept;
      t.oracleTrue += ideal.matched;
    });
  }

  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  const totalVulns = trials * SPECS.length;
  const configs: ConfigResult[] = CONFIGS.map((cfg, k) => {
    const t = tallies[k]!;
    const tokens = scanTokens(cfg.passes, t.threads / trials);
    const precision = ratio(t.keptTrue, t.kept);
    return {
      label: `${cfg.passes} pass${cfg.passes === 1 ? '' : 'es'}, ${!cfg.verify ? 'without verification' : cfg.disputed || cfg.passes === 1 ? 'with verification' : 'verified once (verify-disputed false)'}`,
      passes: cfg.passes,
      verify: cfg.verify,
      disputed: cfg.disputed,
      verifications: t.threads / trials,
      minAgreement: defaultMinAgreement(cfg.passes),
      precision,
      recall: ratio(t.keptTrue, totalVulns),
      tokens,
      precisionPerMTokens: precision / (tokens / 1e6),
      falsePositivesKept: (t.kept - t.keptTrue) / trials,
      clusters: t.clusters / trials,
      kept: t.kept / trials,
      keptTrue: t.keptTrue / trials,
      oracle: { precision: ratio(t.oracleTrue, t.oracleKept), recall: ratio(t.oracleTrue, totalVulns) },
    };
  });
  const rate = (c: { pairs: number; merged: number }): PairRate => ({ ...c, rate: ratio(c.merged, c.pairs) });
  const pairs: PairResult[] = [...pairCounts.entries()].map(([passes, c]) => ({
    passes,
    same: rate(c.same),
    distinctNear: rate(c.distinctNear),
    distinct: rate(c.distinct),
  }));
  return { configs, pairs };
}

export function benchConsensus(seed = 1, trials = 40): ConsensusResult {
  const started = performance.now();
  const { configs, pairs } = simulateModel(seed, trials, 'repeating');
  const independent = simulateModel(seed, trials, 'independent').configs;
  const find = (passes: number, withVerify: boolean) =>
    configs.find((c) => c.passes === passes && c.verify === withVerify && c.disputed)!;
  const single = find(1, false);
  const three = find(3, true);
  const targets: Target[] = [
    ...pairs.map((p) => ({
      name: `same-origin pairs merged (${p.passes} passes)`,
      value: p.same.rate,
      target: '>= 0.98',
      met: p.same.rate >= 0.98,
    })),
    ...pairs.map((p) => ({
      name: `distinct pairs within ${NEAR_LINES} lines merged (${p.passes} passes)`,
      value: p.distinctNear.rate,
      target: '< 0.01',
      met: p.distinctNear.rate < 0.01,
    })),
    {
      name: '3 passes with verification: precision',
      value: three.precision,
      target: '>= 0.95',
      met: three.precision >= 0.95,
    },
    {
      name: '3 passes with verification: recall',
      value: three.recall,
      target: `>= ${single.recall.toFixed(3)} (1 pass without verification)`,
      met: three.recall >= single.recall,
    },
  ];
  return {
    seed,
    trials,
    files: FILES.length,
    vulnerabilities: SPECS.length,
    model: {
      pFind: P_FIND,
      pDrift: P_DRIFT,
      falsePositivesPerPass: FALSE_POSITIVES_PER_PASS,
      lookAlikes: LOOK_ALIKES,
      pFooled: P_FOOLED,
      lineJitter: 3,
      pVerifierRight: P_VERIFIER_RIGHT,
    },
    clustering: { ...CLUSTERING },
    configs,
    independent,
    pairs,
    targets,
    ok: targets.every((t) => t.met),
    seconds: (performance.now() - started) / 1000,
  };
}

/** The policies side by side: quality, what they cost, and precision under the older independent model. */
function policyTable(r: ConsensusResult): string[] {
  const f = (x: number) => x.toFixed(3);
  const k = (x: number) => `${(x / 1000).toFixed(0)}k`;
  const lines = [
    `  ${'policy'.padEnd(48)} agree  precision  recall  FP kept  verifs  tokens/scan  precision/Mtok  (indep. FP: precision)`,
  ];
  r.configs.forEach((c, i) => {
    const ind = r.independent[i]!;
    lines.push(
      `  ${c.label.padEnd(48)} ${String(c.minAgreement).padStart(5)}  ${f(c.precision).padStart(9)}  ${f(c.recall).padStart(6)}  ${c.falsePositivesKept.toFixed(1).padStart(7)}  ${c.verifications.toFixed(1).padStart(6)}  ${k(c.tokens).padStart(11)}  ${c.precisionPerMTokens.toFixed(2).padStart(13)}  (${f(ind.precision)})`,
    );
  });
  return lines;
}

/** The result as printable lines. */
export function formatConsensus(r: ConsensusResult): string[] {
  const f = (x: number) => x.toFixed(3);
  const c = r.clustering;
  const m = r.model;
  const lines = [
    `finding clustering and consensus: seed ${r.seed}, ${r.trials} trials, ${r.files} files, ${r.vulnerabilities} true vulnerabilities; a pass finds each with p ${m.pFind}, lines ±${m.lineJitter}, rule/CWE drift ${m.pDrift}; ${m.falsePositivesPerPass} false positives per pass, of which ${m.lookAlikes} safe look-alikes per tree fool each pass with p ${m.pFooled.min}-${m.pFooled.max} (repeating); verifier right ${m.pVerifierRight}`,
    `  CLUSTERING lineReach ${c.lineReach} locationWeight ${c.locationWeight} categoryBonus ${c.categoryBonus} threshold ${c.threshold}`,
    ...policyTable(r),
  ];
  for (const k of r.configs) {
    lines.push(
      `  ${k.label.padEnd(50)} ${k.clusters.toFixed(1)} clusters, ${k.kept.toFixed(1)} kept per trial; perfect clustering: precision ${f(k.oracle.precision)} recall ${f(k.oracle.recall)}`,
    );
  }
  for (const p of r.pairs) {
    lines.push(
      `  pairs, ${p.passes} passes: same origin merged ${f(p.same.rate)} (${p.same.merged}/${p.same.pairs}); distinct within 10 lines merged ${f(p.distinctNear.rate)} (${p.distinctNear.merged}/${p.distinctNear.pairs}); all distinct merged ${f(p.distinct.rate)} (${p.distinct.merged}/${p.distinct.pairs})`,
    );
  }
  for (const t of r.targets) lines.push(`  ${t.met ? 'ok  ' : 'MISS'} ${t.name}: ${f(t.value)} (target ${t.target})`);
  lines.push(`  ${r.ok ? 'PASS' : 'FAIL'} in ${r.seconds.toFixed(2)} s`);
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const seed = Number(process.argv[2] ?? 1);
  const trials = Number(process.argv[3] ?? 40);
  console.log(formatConsensus(benchConsensus(seed, trials)).join('\n'));
}
