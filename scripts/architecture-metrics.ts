/**
 * Counts how the code's modules depend on each other, for the figures in ARCHITECTURE.md and the
 * architecture issue's before/after: imports crossing between feature folders, pairs of folders
 * importing each other, the largest loop of folders, imports reaching into another folder's
 * repository, and lines in the web's hand-written type files.
 *
 *   npx tsx scripts/architecture-metrics.ts [--list]
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const root = path.resolve(import.meta.dirname, '..');
const list = process.argv.includes('--list');

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return walk(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [
    base,
    base.replace(/\.js$/, '.ts'),
    base.replace(/\.js$/, '.tsx'),
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, 'index.ts'),
    path.join(base, 'index.tsx'),
  ];
  return candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile());
}

type Edge = { from: string; to: string };

function importsOf(file: string): string[] {
  const info = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
  return info.importedFiles.map((f) => f.fileName);
}

/** The feature folder a file belongs to (the first folder below `featuresDir`), or undefined outside it. */
function featureOf(file: string, featuresDir: string): string | undefined {
  const rel = path.relative(featuresDir, file);
  if (rel.startsWith('..')) return undefined;
  const [first, second] = rel.split(path.sep);
  return second === undefined ? undefined : first;
}

/** Strongly connected components (Tarjan), largest first. */
function loops(nodes: string[], edges: Map<string, Set<string>>): string[][] {
  let index = 0;
  const stack: string[] = [];
  const on = new Set<string>();
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    on.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const component: string[] = [];
      for (;;) {
        const w = stack.pop()!;
        on.delete(w);
        component.push(w);
        if (w === v) break;
      }
      out.push(component.sort());
    }
  };
  for (const n of nodes) if (!idx.has(n)) visit(n);
  return out.sort((a, b) => b.length - a.length);
}

/**
 * Infrastructure every module may use (before the layers it lived outside src/server/modules and
 * was not counted): imports into it are left out of the feature-to-feature count.
 */
const INFRASTRUCTURE = new Set([
  'platform/core',
  'platform/db',
  'platform/http',
  'platform/jobs',
  'platform/files',
  'platform/events',
]);

function report(label: string, srcDir: string, featuresDir: string, extraModules: Record<string, string> = {}) {
  const files = walk(srcDir).filter((f) => !/\.test\.tsx?$/.test(f));
  const moduleOf = (file: string): string | undefined => {
    for (const [name, dir] of Object.entries(extraModules)) if (!path.relative(dir, file).startsWith('..')) return name;
    return featureOf(file, featuresDir);
  };
  const cross: Edge[] = [];
  let featureCross = 0;
  const intoRepository: Edge[] = [];
  const graph = new Map<string, Set<string>>();
  const fileGraph = new Map<string, Set<string>>();
  const modules = new Set<string>();
  for (const file of files) {
    const from = moduleOf(file);
    if (from) modules.add(from);
    for (const specifier of importsOf(file)) {
      const target = resolveImport(file, specifier);
      if (!target) continue;
      if (!fileGraph.has(file)) fileGraph.set(file, new Set());
      fileGraph.get(file)!.add(target);
      const to = moduleOf(target);
      if (!from || !to || from === to) continue;
      cross.push({ from: path.relative(root, file), to: path.relative(root, target) });
      if (!INFRASTRUCTURE.has(to)) featureCross++;
      if (/repository\.ts$/.test(target))
        intoRepository.push({ from: path.relative(root, file), to: path.relative(root, target) });
      if (!graph.has(from)) graph.set(from, new Set());
      graph.get(from)!.add(to);
    }
  }
  const mutual = [...graph].flatMap(([a, targets]) =>
    [...targets].filter((b) => a < b && graph.get(b)?.has(a)).map((b) => `${a} ↔ ${b}`),
  );
  const largest = loops([...modules], graph)[0] ?? [];
  const fileLoops = loops([...fileGraph.keys()], fileGraph).filter((c) => c.length > 1);
  console.log(`\n## ${label}`);
  console.log(`modules: ${modules.size}`);
  console.log(`cross-module imports: ${cross.length}`);
  console.log(`  of which between feature modules (not into infrastructure): ${featureCross}`);
  console.log(`imports into another module's repository: ${intoRepository.length}`);
  console.log(`mutual pairs: ${mutual.length}${mutual.length ? ` (${mutual.join(', ')})` : ''}`);
  console.log(
    `modules in the largest loop: ${largest.length > 1 ? largest.length : 0}${largest.length > 1 ? ` (${largest.join(', ')})` : ''}`,
  );
  console.log(
    `file-level import loops: ${fileLoops.length}${fileLoops.map((c) => `\n  ${c.map((f) => path.relative(srcDir, f)).join(' → ')}`).join('')}`,
  );
  if (list) for (const e of cross) console.log(`  ${e.from} → ${e.to}`);
  return fileGraph;
}

/** Every file a file reaches through its imports, itself included. */
function closure(graph: Map<string, Set<string>>, start: string): string[] {
  const seen = new Set([start]);
  const queue = [start];
  for (let file = queue.pop(); file; file = queue.pop()) {
    for (const next of graph.get(file) ?? []) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return [...seen];
}

// Before the layers, server modules were the folders below src/server/modules; now they are the
// folders below each layer (platform/db, directory/partners, …), as layers.js lists them.
const server = path.join(root, 'src/server');
const layered = !fs.existsSync(path.join(server, 'modules'));
const layerModules = Object.fromEntries(
  (layered ? ['platform', 'directory', 'relationships', 'activity', 'derived'] : []).flatMap((layer) =>
    fs.existsSync(path.join(server, layer))
      ? fs
          .readdirSync(path.join(server, layer), { withFileTypes: true })
          .filter((d) => d.isDirectory())
          .map((d) => [`${layer}/${d.name}`, path.join(server, layer, d.name)])
      : [],
  ),
);
const serverGraph = report('server', server, path.join(server, 'modules'), layerModules);
const service = layered
  ? 'activity/interactions/interactions.service.ts'
  : 'modules/interactions/interactions.service.ts';
const creating = closure(serverGraph, path.join(server, service));
console.log(
  `files the interactions service reaches by import: ${creating.length} in ${new Set(creating.map((f) => path.dirname(f))).size} folders`,
);
report('web', path.join(root, 'src/web'), path.join(root, 'src/web/features'));

const typeFiles = walk(path.join(root, 'src/web')).filter((f) => /\.types\.ts$|\/api\/types\.ts$/.test(f));
const typeLines = typeFiles.reduce(
  (n, f) =>
    n +
    fs
      .readFileSync(f, 'utf8')
      .split('\n')
      .filter((l) => l.trim()).length,
  0,
);
console.log(`\n## web type files\nfiles: ${typeFiles.length}, non-blank lines: ${typeLines}`);
