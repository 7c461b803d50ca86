// The fixed set of rule ids a finding may carry. SARIF rule ids must stay stable across runs (code scanning keys
// alerts on them), so the model chooses from this list instead of inventing ids.
export interface RuleInfo {
  id: string;
  name: string;
  title: string;
  cwe: string[];
  help: string;
}

const rules: RuleInfo[] = [
  {
    id: 'sql-injection',
    name: 'SqlInjection',
    title: 'SQL injection',
    cwe: ['CWE-89'],
    help:
      'Untrusted input reaches a SQL query as text. ' +
      'Use parameterised queries or a query builder that binds values; never concatenate input into SQL.',
  },
  {
    id: 'nosql-injection',
    name: 'NoSqlInjection',
    title: 'NoSQL injection',
    cwe: ['CWE-943'],
    help:
      'Untrusted input shapes a NoSQL query (operators, `$where`, object keys). ' +
      'Validate types and reject operator keys before querying.',
  },
  {
    id: 'command-injection',
    name: 'CommandInjection',
    title: 'OS command injection',
    cwe: ['CWE-78'],
    help:
      'Untrusted input reaches a shell command. ' +
      'Call the program directly with an argument list, without a shell, and allow-list values.',
  },
  {
    id: 'code-injection',
    name: 'CodeInjection',
    title: 'Code injection',
    cwe: ['CWE-94'],
    help:
      'Untrusted input is evaluated as code (eval, Function, dynamic imports, template compilation). ' +
      'Remove dynamic evaluation or restrict it to fixed values.',
  },
  {
    id: 'template-injection',
    name: 'TemplateInjection',
    title: 'Server-side template injection',
    cwe: ['CWE-1336'],
    help: 'Untrusted input is compiled as a template. Pass input as template data, never as template source.',
  },
  {
    id: 'path-traversal',
    name: 'PathTraversal',
    title: 'Path traversal',
    cwe: ['CWE-22'],
    help:
      'Untrusted input builds a file path that can leave the intended directory. ' +
      'Resolve the path and check it stays under the allowed root, or map ids to files.',
  },
  {
    id: 'xss',
    name: 'CrossSiteScripting',
    title: 'Cross-site scripting',
    cwe: ['CWE-79'],
    help:
      'Untrusted input is written into HTML or script without encoding. ' +
      'Encode for the output context or use a templating system that escapes by default.',
  },
  {
    id: 'ssrf',
    name: 'ServerSideRequestForgery',
    title: 'Server-side request forgery',
    cwe: ['CWE-918'],
    help:
      'Untrusted input chooses where the server sends a request. ' +
      'Allow-list destinations and block internal address ranges after DNS resolution.',
  },
  {
    id: 'xxe',
    name: 'XmlExternalEntity',
    title: 'XML external entity expansion',
    cwe: ['CWE-611'],
    help:
      'An XML parser resolves external entities from untrusted documents. ' +
      'Disable DTDs and external entity resolution.',
  },
  {
    id: 'insecure-deserialization',
    name: 'InsecureDeserialization',
    title: 'Deserialization of untrusted data',
    cwe: ['CWE-502'],
    help:
      'Untrusted data is deserialized into objects that can run code. ' +
      'Use a data-only format (JSON) and validate it against a schema.',
  },
  {
    id: 'prototype-pollution',
    name: 'PrototypePollution',
    title: 'Prototype pollution',
    cwe: ['CWE-1321'],
    help:
      'Untrusted keys are merged into objects and can reach `__proto__` or `constructor.prototype`. ' +
      'Reject those keys or use maps without prototypes.',
  },
  {
    id: 'open-redirect',
    name: 'OpenRedirect',
    title: 'Open redirect',
    cwe: ['CWE-601'],
    help: 'Untrusted input chooses a redirect target. Redirect only to relative paths or allow-listed hosts.',
  },
  {
    id: 'broken-authentication',
    name: 'BrokenAuthentication',
    title: 'Broken authentication',
    cwe: ['CWE-287'],
    help:
      'Authentication can be bypassed or is checked incorrectly. ' +
      'Verify credentials and tokens on every request with a vetted library.',
  },
  {
    id: 'broken-access-control',
    name: 'BrokenAccessControl',
    title: 'Missing or broken authorization',
    cwe: ['CWE-285'],
    help:
      'An operation does not check that the caller may perform it on this object. ' +
      'Enforce authorization on the server for every object access.',
  },
  {
    id: 'csrf',
    name: 'CrossSiteRequestForgery',
    title: 'Cross-site request forgery',
    cwe: ['CWE-352'],
    help:
      'A state-changing request can be triggered from another site. ' +
      'Require anti-CSRF tokens or SameSite cookies and check the origin.',
  },
  {
    id: 'hardcoded-secret',
    name: 'HardcodedSecret',
    title: 'Hard-coded secret',
    cwe: ['CWE-798'],
    help: 'A credential is stored in source code. Move it to a secret store, rotate it, and read it at run time.',
  },
  {
    id: 'weak-cryptography',
    name: 'WeakCryptography',
    title: 'Weak or misused cryptography',
    cwe: ['CWE-327'],
    help:
      'A broken algorithm, mode or key size is used, or cryptography is misused. ' +
      'Use current algorithms through a high-level library.',
  },
  {
    id: 'insecure-randomness',
    name: 'InsecureRandomness',
    title: 'Insecure randomness',
    cwe: ['CWE-330'],
    help: 'A predictable random source protects a security decision. Use a cryptographically secure generator.',
  },
  {
    id: 'sensitive-data-exposure',
    name: 'SensitiveDataExposure',
    title: 'Exposure of sensitive information',
    cwe: ['CWE-200'],
    help:
      'Sensitive data reaches logs, responses or storage where it should not. ' +
      'Remove it or restrict who can read it.',
  },
  {
    id: 'insecure-configuration',
    name: 'InsecureConfiguration',
    title: 'Insecure configuration',
    cwe: ['CWE-16'],
    help:
      'A security-relevant setting is unsafe (debug mode, permissive CORS, disabled TLS verification). ' +
      'Set the safe value.',
  },
  {
    id: 'race-condition',
    name: 'RaceCondition',
    title: 'Race condition',
    cwe: ['CWE-362'],
    help: 'A security check and its use can be interleaved by concurrent actors. Make the check and the use atomic.',
  },
  {
    id: 'memory-safety',
    name: 'MemorySafety',
    title: 'Memory-safety violation',
    cwe: ['CWE-119'],
    help:
      'Memory is read or written outside its bounds or after it is freed. ' +
      'Check bounds and ownership, or use safe abstractions.',
  },
  {
    id: 'other',
    name: 'OtherVulnerability',
    title: 'Other security issue',
    cwe: [],
    help: 'A security issue outside the named categories. Read the finding for the details.',
  },
];

export const RULES: ReadonlyMap<string, RuleInfo> = new Map(rules.map((r) => [r.id, r]));
export const RULE_IDS = rules.map((r) => r.id);

// Other names a model writes for a catalogue rule when the endpoint does not enforce the schema's enum. Without
// them the same weakness is filed under "other" in one run and under its rule in the next, and code scanning closes
// one alert and opens another. Only names that mean one rule: anything else still goes to "other", with a note.
const ALIASES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    sqli: 'sql-injection',
    nosqli: 'nosql-injection',
    'os-command-injection': 'command-injection',
    'shell-injection': 'command-injection',
    'eval-injection': 'code-injection',
    ssti: 'template-injection',
    'server-side-template-injection': 'template-injection',
    'directory-traversal': 'path-traversal',
    'cross-site-scripting': 'xss',
    'server-side-request-forgery': 'ssrf',
    'xml-external-entity': 'xxe',
    'xml-external-entities': 'xxe',
    'unsafe-deserialization': 'insecure-deserialization',
    deserialization: 'insecure-deserialization',
    'cross-site-request-forgery': 'csrf',
    'hard-coded-secret': 'hardcoded-secret',
    'hardcoded-secrets': 'hardcoded-secret',
    'hardcoded-credentials': 'hardcoded-secret',
    'hard-coded-credentials': 'hardcoded-secret',
    'missing-authorization': 'broken-access-control',
    'missing-authentication': 'broken-authentication',
    'weak-crypto': 'weak-cryptography',
    'information-disclosure': 'sensitive-data-exposure',
    'security-misconfiguration': 'insecure-configuration',
    toctou: 'race-condition',
  }),
);

// A CWE id names a rule only when exactly one rule lists it.
const cweOwners = new Map<string, string[]>();
for (const r of rules) for (const c of r.cwe) cweOwners.set(c, [...(cweOwners.get(c) ?? []), r.id]);

/**
 * The catalogue id for a rule id as a model wrote it: case, spaces, underscores and dots do not matter, nor does a
 * known other name or the rule's CWE id (`CWE-89`). An id that is none of these comes back in that spelling, not in
 * the catalogue.
 */
export function canonicalRuleId(raw: string): string {
  const id = raw
    .trim()
    .toLowerCase()
    .replace(/[\s_.]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  if (RULES.has(id)) return id;
  const alias = ALIASES.get(id);
  if (alias) return alias;
  const cwe = /^cwe-?(\d{1,5})$/.exec(id);
  const owners = cwe ? cweOwners.get(`CWE-${Number(cwe[1])}`) : undefined;
  return owners?.length === 1 ? owners[0]! : id;
}
