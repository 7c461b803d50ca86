// Validates request bodies against GitHub's published REST description (@octokit/openapi), the document GitHub
// generates its own SDKs from. Only the generated JSON is read, never the package's entry point (≈ 400 MB).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const require = createRequire(import.meta.url);
const file = join(dirname(require.resolve('@octokit/openapi/package.json')), 'generated', 'api.github.com.json');

/** OpenAPI 3.0 → JSON Schema: `nullable`, and refs into the document's components. */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const n = node as Json;
  const out: Json = {};
  for (const [k, v] of Object.entries(n)) {
    if (k === '$ref' && typeof v === 'string') out.$ref = v.replace('#/components/', 'github#/components/');
    else if (k !== 'nullable' && k !== 'example' && k !== 'examples' && k !== 'x-github' && k !== 'discriminator')
      out[k] = toJsonSchema(v);
  }
  if (n.nullable === true) {
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    else return { anyOf: [out, { type: 'null' }] };
  }
  return out;
}

export interface OpenApiValidator {
  /** Problems with a request body for an operation, e.g. ('post', '/repos/{owner}/{repo}/check-runs'). */
  check(method: string, path: string, body: unknown): string[];
}

let cached: OpenApiValidator | undefined;

export function githubOpenApi(): OpenApiValidator {
  if (cached) return cached;
  const doc = JSON.parse(readFileSync(file, 'utf8')) as Json;
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  (addFormatsModule as unknown as (a: Ajv) => void)(ajv);
  ajv.addSchema({ $id: 'github', components: toJsonSchema(doc.components) }, 'github');
  const compiled = new Map<string, ReturnType<Ajv['compile']>>();
  cached = {
    check(method, path, body) {
      const key = `${method} ${path}`;
      let validate = compiled.get(key);
      if (!validate) {
        const op = doc.paths[path]?.[method] as Json | undefined;
        if (!op) return [`${key} is not in GitHub's REST description`];
        const schema = op.requestBody?.content?.['application/json']?.schema;
        validate = ajv.compile(schema ? (toJsonSchema(schema) as object) : {});
        compiled.set(key, validate);
      }
      if (validate(body)) return [];
      return (validate.errors ?? []).map(
        (e) => `${key}: ${e.instancePath || '/'} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`,
      );
    },
  };
  return cached;
}
