// Every SARIF a test produces goes through here: the official SARIF 2.1.0 schema (the copy Microsoft's SARIF
// Multitool ships), the rules GitHub code scanning applies on ingestion, and the Multitool's own GitHub (GHAS)
// validation rules run by the real binary.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const require = createRequire(import.meta.url);
const multitoolDir = dirname(require.resolve('@microsoft/sarif-multitool-linux/package.json'));
const schema = JSON.parse(readFileSync(join(multitoolDir, 'sarif-2.1.0.json'), 'utf8')) as object;
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validateSchema = ajv.compile(schema);

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Problems GitHub would report (or silently mishandle) for this SARIF; empty when it ingests cleanly. */
export function githubProblems(log: Json): string[] {
  const p: string[] = [];
  if (!validateSchema(log)) {
    for (const e of validateSchema.errors ?? []) p.push(`schema: ${e.instancePath || '/'} ${e.message}`);
  }
  if (log.version !== '2.1.0') p.push('version is not 2.1.0');
  const runs = (log.runs ?? []) as Json[];
  if (runs.length < 1 || runs.length > 20) p.push(`runs: ${runs.length} (GitHub takes 1 to 20)`);
  const categories = new Set<string>();
  for (const [ri, run] of runs.entries()) {
    const at = `runs[${ri}]`;
    const driver = run.tool?.driver as Json | undefined;
    if (!driver?.name) p.push(`${at}: tool.driver.name missing`);
    const rules = (driver?.rules ?? []) as Json[];
    if (!Array.isArray(driver?.rules)) p.push(`${at}: tool.driver.rules missing`);
    if (rules.length > 25000) p.push(`${at}: more than 25,000 rules`);
    const category = run.automationDetails?.id as string | undefined;
    if (!category) p.push(`${at}: automationDetails.id (category) missing`);
    else {
      if (categories.has(category)) p.push(`${at}: category ${category} repeated in one upload`);
      categories.add(category);
    }
    const ruleIds = new Map<string, number>();
    for (const [i, rule] of rules.entries()) {
      const r = `${at}.rules[${i}]`;
      if (!rule.id) p.push(`${r}: id missing`);
      if (ruleIds.has(rule.id)) p.push(`${r}: duplicate rule id ${rule.id}`);
      ruleIds.set(rule.id, i);
      if (typeof rule.name === 'string' && rule.name.length > 255) p.push(`${r}: name longer than 255`);
      for (const k of ['shortDescription', 'fullDescription'] as const) {
        const text = rule[k]?.text as string | undefined;
        if (!text) p.push(`${r}: ${k}.text missing or empty`);
        else if (text.length > 1024) p.push(`${r}: ${k}.text longer than 1024`);
      }
      if (!rule.help?.text) p.push(`${r}: help.text missing or empty`);
      const props = (rule.properties ?? {}) as Json;
      const sev = props['security-severity'];
      if (sev !== undefined) {
        if (typeof sev !== 'string') p.push(`${r}: security-severity must be a string, got ${typeof sev}`);
        else if (!/^\d+(\.\d+)?$/.test(sev) || Number(sev) <= 0 || Number(sev) > 10)
          p.push(`${r}: security-severity ${sev} outside (0, 10]`);
        if (!(props.tags ?? []).includes('security')) p.push(`${r}: security rule without the "security" tag`);
      }
      if ((props.tags ?? []).length > 10) p.push(`${r}: more than 10 tags (GitHub keeps 10)`);
      if (props.precision !== undefined && !['very-high', 'high', 'medium', 'low'].includes(props.precision))
        p.push(`${r}: precision ${props.precision}`);
    }
    const results = (run.results ?? []) as Json[];
    if (!Array.isArray(run.results)) p.push(`${at}: results missing`);
    if (results.length > 5000) p.push(`${at}: ${results.length} results; GitHub keeps only the top 5,000`);
    for (const [i, res] of results.entries()) {
      const r = `${at}.results[${i}]`;
      if (!res.message?.text) p.push(`${r}: message.text missing or empty`);
      if (!res.ruleId || !ruleIds.has(res.ruleId)) p.push(`${r}: ruleId ${res.ruleId} not among the run's rules`);
      else if (res.ruleIndex !== undefined && res.ruleIndex !== ruleIds.get(res.ruleId))
        p.push(`${r}: ruleIndex does not point at ${res.ruleId}`);
      if (res.level !== undefined && !['error', 'warning', 'note'].includes(res.level))
        p.push(`${r}: level ${res.level} (GitHub documents error, warning, note)`);
      const locs = (res.locations ?? []) as Json[];
      if (locs.length < 1) p.push(`${r}: no location`);
      const phys = locs[0]?.physicalLocation as Json | undefined;
      const uri = phys?.artifactLocation?.uri as string | undefined;
      if (!uri) p.push(`${r}: artifactLocation.uri missing`);
      else {
        if (/^[a-z][a-z0-9+.-]*:/i.test(uri) || uri.startsWith('/')) p.push(`${r}: uri ${uri} is not repo-relative`);
        if (uri.includes('\\') || /\s/.test(uri)) p.push(`${r}: uri ${uri} has a backslash or space`);
        if (uri.split('/').includes('..')) p.push(`${r}: uri ${uri} climbs out of the repository`);
      }
      const region = phys?.region as Json | undefined;
      if (!region || !Number.isInteger(region.startLine) || region.startLine < 1)
        p.push(`${r}: region.startLine missing or < 1`);
      else if (region.endLine !== undefined && region.endLine < region.startLine)
        p.push(`${r}: endLine before startLine`);
      const hash = res.partialFingerprints?.primaryLocationLineHash as string | undefined;
      if (!hash || !/^[0-9a-f]{1,16}:\d+$/.test(hash))
        p.push(`${r}: partialFingerprints.primaryLocationLineHash missing or malformed`);
    }
  }
  const gz = gzipSync(JSON.stringify(log)).length;
  if (gz > 10 * 1024 * 1024) p.push(`gzip size ${gz} bytes is over GitHub's 10 MB`);
  return p;
}

/** Errors and warnings of the SARIF Multitool's GitHub Advanced Security rules (GH1xxx, GH2xxx). */
export function multitoolProblems(log: Json): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'sarif-check-'));
  try {
    const input = join(dir, 'in.sarif');
    const output = join(dir, 'out.sarif');
    writeFileSync(input, JSON.stringify(log));
    execFileSync(
      join(multitoolDir, 'Sarif.Multitool'),
      ['validate', input, '--rule-kind', 'Ghas;Sarif', '-o', output, '--log', 'ForceOverwrite'],
      {
        env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
        stdio: 'pipe',
        timeout: 60_000,
      },
    );
    const results = (JSON.parse(readFileSync(output, 'utf8')).runs?.[0]?.results ?? []) as Json[];
    return results
      .filter((r) => r.level === 'error' || r.level === 'warning' || r.level === undefined)
      .map((r) => `${r.ruleId}: ${r.message?.id ?? ''} ${JSON.stringify(r.message?.arguments ?? [])}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Both checks; for a file a test produced. */
export function sarifProblems(file: string, opts: { multitool?: boolean } = {}): string[] {
  const log = JSON.parse(readFileSync(file, 'utf8')) as Json;
  return [...githubProblems(log), ...(opts.multitool === false ? [] : multitoolProblems(log))];
}
