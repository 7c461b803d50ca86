// Measures the shape of src/**/*.ts: long functions, long parameter lists, import cycles, folders that import each
// other, modules that take the whole settings object, long lines. `npx tsx scripts/shape.ts [--check]`; with
// --check it exits 1 when a figure misses its target, so a refactoring can be held to the numbers below.
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, resolve, sep } from 'node:path';
import ts from 'typescript';

/** The type that is the whole settings object; renamed or split, change this name and nothing else. */
const WHOLE_SETTINGS = 'ScanSettings';

const MAX_FUNCTION_LINES = 60;
const MAX_PARAMETERS = 4;
/** Wider lines count as one line per started 120 characters in a function's length. */
const LINE_WIDTH = 120;

type FigureKey = 'longFunctions' | 'manyParameters' | 'importCycles' | 'folderPairs' | 'wholeSettings' | 'longLines';

/** Targets: the most each figure may reach under --check. */
const TARGETS: Record<FigureKey, number> = {
  longFunctions: 2, //  functions longer than 60 lines
  manyParameters: 3, // functions with more than 4 parameters
  importCycles: 0, //   import cycles between files
  folderPairs: 0, //    pairs of folders that import each other
  wholeSettings: 5, //  modules that take the whole settings object
  longLines: 1, //      percent of lines over 120 characters
};

interface Source {
  /** Relative to the repository, with `/`: src/scan/pipeline.ts. */
  path: string;
  file: ts.SourceFile;
  lines: string[];
}

interface Figure {
  key: FigureKey;
  value: number;
  /** The figure's line: what it counts, the value, the target. */
  summary: string;
  /** The worst offenders, worst first. */
  offenders: string[];
}

// ---------------------------------------------------------------------------------------------------------------
// Reading

function loadSources(root: string): Source[] {
  return readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((p) => p.endsWith('.ts'))
    .map((p) => ['src', ...p.split(sep)].join('/'))
    .sort()
    .map((path) => {
      const text = readFileSync(join(root, path), 'utf8');
      // Parent links are needed to name an arrow function after the variable that holds it.
      const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
      return { path, file, lines: physicalLines(text) };
    });
}

/** A file's lines; the newline that ends the last one does not start another. */
function physicalLines(text: string): string[] {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** Characters as a reader counts them: code points, so an emoji or a CJK character is one. */
function width(line: string): number {
  return [...line].length;
}

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  ts.forEachChild(node, (child) => walk(child, visit));
}

// ---------------------------------------------------------------------------------------------------------------
// Functions: length and parameters

type MeasuredFunction =
  | ts.FunctionDeclaration
  | ts.MethodDeclaration
  | ts.ConstructorDeclaration
  | ts.GetAccessorDeclaration
  | ts.SetAccessorDeclaration
  | ts.ArrowFunction
  | ts.FunctionExpression;

interface FunctionFacts {
  where: string;
  name: string;
  length: number;
  parameters: number;
}

function isMeasuredFunction(node: ts.Node): node is MeasuredFunction {
  const kind =
    ts.isFunctionDeclaration(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node) ||
    ts.isArrowFunction(node) ||
    ts.isFunctionExpression(node);
  // Overload signatures and ambient declarations have no body: only the implementation counts, once.
  return kind && (node as MeasuredFunction).body !== undefined;
}

function functionsOf(source: Source): FunctionFacts[] {
  const found: FunctionFacts[] = [];
  walk(source.file, (node) => {
    if (!isMeasuredFunction(node)) return;
    const start = node.getStart(source.file);
    found.push({
      where: `${source.path}:${lineOf(source, start) + 1}`,
      name: nameOf(node),
      length: weightedLength(source, lineOf(source, start), lineOf(source, node.getEnd())),
      parameters: parameterCount(node),
    });
  });
  return found;
}

function lineOf(source: Source, position: number): number {
  return source.file.getLineAndCharacterOfPosition(position).line;
}

/** Lines first..last (0-based, inclusive), a line over 120 characters counting once per started 120. */
function weightedLength(source: Source, first: number, last: number): number {
  let length = 0;
  for (let i = first; i <= last; i++) length += Math.max(1, Math.ceil(width(source.lines[i] ?? '') / LINE_WIDTH));
  return length;
}

function nameOf(node: MeasuredFunction): string {
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  if (!ts.isArrowFunction(node) && node.name) return node.name.getText();
  return holderName(node) ?? '<anonymous>';
}

/** The variable, property or assignment target an arrow function or function expression is stored in. */
function holderName(node: ts.Node): string | undefined {
  let holder = node.parent;
  while (ts.isParenthesizedExpression(holder) || ts.isAsExpression(holder) || ts.isSatisfiesExpression(holder)) {
    holder = holder.parent;
  }
  if (ts.isVariableDeclaration(holder) || ts.isPropertyAssignment(holder) || ts.isPropertyDeclaration(holder)) {
    return holder.name.getText();
  }
  if (ts.isBinaryExpression(holder) && holder.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    return holder.left.getText();
  }
  return undefined;
}

/** A destructured parameter is one; `this: T` only types the receiver and is no argument. */
function parameterCount(node: MeasuredFunction): number {
  return node.parameters.filter((p) => !(ts.isIdentifier(p.name) && p.name.text === 'this')).length;
}

function longFunctions(functions: FunctionFacts[]): Figure {
  const long = functions.filter((f) => f.length > MAX_FUNCTION_LINES).sort((a, b) => b.length - a.length);
  const longest = long[0] ? `, longest ${long[0].length}: ${long[0].name}` : '';
  return {
    key: 'longFunctions',
    value: long.length,
    summary: `functions over ${MAX_FUNCTION_LINES} lines: ${long.length}${longest}`,
    offenders: long.map((f) => `${f.where} ${f.name} ${f.length}`),
  };
}

function manyParameters(functions: FunctionFacts[]): Figure {
  const many = functions.filter((f) => f.parameters > MAX_PARAMETERS).sort((a, b) => b.parameters - a.parameters);
  return {
    key: 'manyParameters',
    value: many.length,
    summary: `functions with more than ${MAX_PARAMETERS} parameters: ${many.length}`,
    offenders: many.map((f) => `${f.where} ${f.name} ${f.parameters}`),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Imports: file cycles and folder pairs

/** Which files of src each file imports: `import`, `import type`, `export … from` of a relative module. */
type ImportGraph = Map<string, string[]>;

function importGraph(sources: Source[]): ImportGraph {
  const known = new Set(sources.map((s) => s.path));
  return new Map(
    sources.map((s) => {
      const targets = relativeSpecifiers(s.file).map((spec) => resolveImport(s.path, spec, known));
      return [s.path, [...new Set(targets.filter((t) => t !== undefined))]];
    }),
  );
}

function relativeSpecifiers(file: ts.SourceFile): string[] {
  return file.statements.flatMap((st) => {
    if (!ts.isImportDeclaration(st) && !ts.isExportDeclaration(st)) return [];
    const spec = st.moduleSpecifier;
    return spec && ts.isStringLiteral(spec) && spec.text.startsWith('.') ? [spec.text] : [];
  });
}

/** The source file an import names: NodeNext specifiers say `.js` for the `.ts` file that compiles to it. */
function resolveImport(from: string, specifier: string, known: Set<string>): string | undefined {
  const target = posix.join(posix.dirname(from), specifier);
  const candidates = target.endsWith('.js')
    ? [target.replace(/\.js$/, '.ts')]
    : [target, `${target}.ts`, `${target}/index.ts`];
  return candidates.find((c) => known.has(c));
}

/** Tarjan's strongly connected components: each is a set of files that reach each other through imports. */
function stronglyConnected(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const components: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v) ?? 0);
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) visit(w);
      // A file still on the stack belongs to the component being built; a finished one does not.
      if (stack.includes(w)) low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
    }
    if (low.get(v) === index.get(v)) components.push(stack.splice(stack.indexOf(v)).sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return components;
}

function importCycles(graph: ImportGraph): Figure {
  const cycles = stronglyConnected(graph).filter((c) => c.length > 1);
  return {
    key: 'importCycles',
    value: cycles.length,
    summary: `import cycles: ${cycles.length}`,
    offenders: cycles.sort((a, b) => b.length - a.length).map((c) => c.join(' ↔ ')),
  };
}

/** A file's directory relative to src; files directly in src are folder `.`. */
function folderOf(path: string): string {
  return posix.dirname(posix.relative('src', path));
}

/** For each ordered pair of different folders, the first import from one to the other. */
function folderImports(graph: ImportGraph): Map<string, Map<string, string>> {
  const examples = new Map<string, Map<string, string>>();
  for (const [from, targets] of graph) {
    for (const to of targets) {
      const [a, b] = [folderOf(from), folderOf(to)];
      if (a === b) continue;
      const byTarget = examples.get(a) ?? new Map<string, string>();
      if (!byTarget.has(b)) byTarget.set(b, `${from} → ${to}`);
      examples.set(a, byTarget);
    }
  }
  return examples;
}

function folderPairs(graph: ImportGraph): Figure {
  const examples = folderImports(graph);
  const pairs: string[] = [];
  for (const [a, byTarget] of examples) {
    for (const [b, there] of byTarget) {
      const back = examples.get(b)?.get(a);
      if (back && a < b) pairs.push(`${a} ↔ ${b}: ${there}; ${back}`);
    }
  }
  return {
    key: 'folderPairs',
    value: pairs.length,
    summary: `folder pairs importing each other: ${pairs.length}`,
    offenders: pairs.sort(),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Whole settings: modules that depend on every option at once

type NamedType = ts.InterfaceDeclaration | ts.TypeAliasDeclaration;

/** Wrappers that still hand over the whole object, unlike Pick<>, Omit<> or an indexed access. */
const SAME_OBJECT = new Set(['Readonly', 'NonNullable']);

/** Whether a written type is one of `names` (or `T | undefined`, `Readonly<T>`, …). */
function isTypeNamed(type: ts.TypeNode | undefined, names: ReadonlySet<string>): boolean {
  if (!type) return false;
  if (ts.isParenthesizedTypeNode(type)) return isTypeNamed(type.type, names);
  if (ts.isUnionTypeNode(type) || ts.isIntersectionTypeNode(type)) return type.types.some((t) => isTypeNamed(t, names));
  if (!ts.isTypeReferenceNode(type)) return false;
  const name = ts.isIdentifier(type.typeName) ? type.typeName.text : type.typeName.right.text;
  if (SAME_OBJECT.has(name)) return isTypeNamed(type.typeArguments?.[0], names);
  return names.has(name);
}

/** The members a named type declares itself: an interface's, or a type alias's type literals. */
function declaredMembers(node: NamedType): ts.Node[] {
  if (ts.isInterfaceDeclaration(node)) return [...node.members];
  const members: ts.Node[] = [];
  const collect = (type: ts.TypeNode): void => {
    if (ts.isTypeLiteralNode(type)) members.push(...type.members);
    else if (ts.isUnionTypeNode(type) || ts.isIntersectionTypeNode(type)) type.types.forEach(collect);
    else if (ts.isParenthesizedTypeNode(type)) collect(type.type);
  };
  collect(node.type);
  return members;
}

function namedTypes(sources: Source[]): NamedType[] {
  const found: NamedType[] = [];
  for (const s of sources) {
    walk(s.file, (n) => {
      if (ts.isInterfaceDeclaration(n) || ts.isTypeAliasDeclaration(n)) found.push(n);
    });
  }
  return found;
}

/**
 * The whole-settings type and every type that carries it: a property of such a type (ScanContext.settings), or an
 * interface extending one. Repeated until stable, so a context that holds a context still counts.
 */
function carriers(sources: Source[]): Set<string> {
  const names = new Set([WHOLE_SETTINGS]);
  const types = namedTypes(sources);
  for (let grew = true; grew;) {
    grew = false;
    for (const t of types) {
      if (names.has(t.name.text) || !carries(t, names)) continue;
      names.add(t.name.text);
      grew = true;
    }
  }
  return names;
}

function carries(node: NamedType, names: ReadonlySet<string>): boolean {
  const holds = declaredMembers(node).some((m) => ts.isPropertySignature(m) && isTypeNamed(m.type, names));
  const bases = ts.isInterfaceDeclaration(node) ? (node.heritageClauses ?? []).flatMap((h) => h.types) : [];
  return holds || bases.some((b) => ts.isIdentifier(b.expression) && names.has(b.expression.text));
}

/** Why a file takes the whole settings object: the first parameter or property that does, or undefined. */
function wholeSettingsUse(source: Source, carrying: ReadonlySet<string>): string | undefined {
  const whole = new Set([WHOLE_SETTINGS]);
  let use: ts.Node | undefined;
  walk(source.file, (n) => {
    const taken = ts.isParameter(n) && isTypeNamed(n.type, carrying);
    const held = (ts.isPropertySignature(n) || ts.isPropertyDeclaration(n)) && isTypeNamed(n.type, whole);
    if (!use && (taken || held)) use = n;
  });
  if (!use) return undefined;
  return `${source.path}:${lineOf(source, use.getStart(source.file)) + 1} ${use.getText().replace(/\s+/g, ' ')}`;
}

function definesWholeSettings(source: Source): boolean {
  return source.file.statements.some(
    (st) =>
      (ts.isInterfaceDeclaration(st) || ts.isTypeAliasDeclaration(st) || ts.isClassDeclaration(st)) &&
      st.name?.text === WHOLE_SETTINGS,
  );
}

function wholeSettingsModules(sources: Source[]): Figure {
  const carrying = carriers(sources);
  const users = sources.filter((s) => !definesWholeSettings(s)).map((s) => wholeSettingsUse(s, carrying));
  const found = users.filter((u) => u !== undefined);
  // Renamed or split away, the type would silently count nothing: say so.
  const missing = sources.some(definesWholeSettings) ? '' : ` (no type ${WHOLE_SETTINGS} in src: fix WHOLE_SETTINGS)`;
  const via =
    [...carrying]
      .filter((n) => n !== WHOLE_SETTINGS)
      .sort()
      .join(', ') || 'none';
  return {
    key: 'wholeSettings',
    value: found.length,
    summary: `modules that take the whole ${WHOLE_SETTINGS}: ${found.length}${missing} (types that carry it: ${via})`,
    offenders: found,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Long lines

function longLines(sources: Source[]): Figure {
  const perFile = sources.map((s) => ({ path: s.path, long: s.lines.filter((l) => width(l) > LINE_WIDTH).length }));
  const total = sources.reduce((n, s) => n + s.lines.length, 0);
  const long = perFile.reduce((n, f) => n + f.long, 0);
  const percent = total === 0 ? 0 : (100 * long) / total;
  return {
    key: 'longLines',
    value: percent,
    summary: `lines over ${LINE_WIDTH} characters: ${long} of ${total} (${percent.toFixed(1)} %)`,
    offenders: perFile
      .filter((f) => f.long > 0)
      .sort((a, b) => b.long - a.long || a.path.localeCompare(b.path))
      .slice(0, 10)
      .map((f) => `${f.path} ${f.long}`),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Report

function measure(sources: Source[]): Figure[] {
  const functions = sources.flatMap(functionsOf);
  const graph = importGraph(sources);
  return [
    longFunctions(functions),
    manyParameters(functions),
    importCycles(graph),
    folderPairs(graph),
    wholeSettingsModules(sources),
    longLines(sources),
  ];
}

function print(figures: Figure[]): void {
  for (const f of figures) {
    const verdict = f.value <= TARGETS[f.key] ? 'ok' : 'MISSED';
    console.log(`${f.summary} [target ≤ ${TARGETS[f.key]}${f.key === 'longLines' ? ' %' : ''}: ${verdict}]`);
    for (const o of f.offenders) console.log(`  ${o}`);
  }
}

const figures = measure(loadSources(resolve(import.meta.dirname, '..')));
print(figures);
if (process.argv.includes('--check') && figures.some((f) => f.value > TARGETS[f.key])) process.exitCode = 1;
