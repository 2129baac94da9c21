import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { relativeImportGraph, ROOT, sourceFiles } from './support/source-graph.ts';

/** The folders of the extension that every feature may use and that use no feature. */
const SHARED_FOLDERS = ['components', 'services', 'ui', 'i18n', 'db', 'messaging', 'page', 'background'];

const featureOf = (path: string): string | undefined => /^extension\/features\/([^/]+)\//.exec(path)?.[1];
const folderOf = (path: string): string | undefined => /^extension\/([^/]+)\//.exec(path)?.[1];

/**
 * Why an import between two extension files (paths relative to the repository) breaks the house
 * rules, or undefined: a feature is reached from outside only through its index.ts; the shared
 * folders import no feature; ui/ imports no service, so a formatter or hook never holds state.
 */
export function houseRule(from: string, to: string): string | undefined {
  const source = featureOf(from);
  const target = featureOf(to);
  if (target !== undefined && source !== target) {
    if (SHARED_FOLDERS.includes(folderOf(from) ?? '')) return `the shared folder ${folderOf(from)}/ imports the feature ${target}`;
    if (to !== `extension/features/${target}/index.ts`) return `reaches into the internals of the feature ${target}; import its index.ts`;
  }
  if (folderOf(from) === 'ui' && folderOf(to) === 'services') return 'ui/ imports a service';
  return undefined;
}

/** Top-level statements of a feature module that do something when it is loaded, not only declare. */
export function loadEffects(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const declares = (node: ts.Statement) =>
    ts.isImportDeclaration(node) ||
    ts.isExportDeclaration(node) ||
    ts.isFunctionDeclaration(node) ||
    ts.isClassDeclaration(node) ||
    ts.isInterfaceDeclaration(node) ||
    ts.isTypeAliasDeclaration(node) ||
    ts.isEnumDeclaration(node) ||
    ts.isVariableStatement(node);
  return source.statements
    .filter((node) => !declares(node))
    .map((node) => `line ${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.getText().slice(0, 60)}`);
}

const files = sourceFiles(join(ROOT, 'extension'));
const graph = relativeImportGraph(files);
const repoPath = (path: string) => relative(ROOT, path);
const featureFiles = files.filter((file) => featureOf(repoPath(file)) !== undefined);

describe('the house of the extension', () => {
  it('finds the features it checks, each with a public index.ts', () => {
    const features = new Set(featureFiles.map((file) => featureOf(repoPath(file))));
    expect(features.size).toBeGreaterThanOrEqual(6);
    for (const feature of features) expect(featureFiles.map(repoPath)).toContain(`extension/features/${feature}/index.ts`);
  });

  it('keeps every import within the house rules', () => {
    const broken = [...graph].flatMap(([file, targets]) =>
      targets.flatMap((target) => {
        const reason = houseRule(repoPath(file), repoPath(target));
        return reason === undefined ? [] : [`${repoPath(file)} → ${repoPath(target)}: ${reason}`];
      }),
    );
    expect(broken).toEqual([]);
  });

  it('refuses what the rules name, and lets the rest through', () => {
    expect(houseRule('extension/features/regiobeeld/record-list.tsx', 'extension/features/plan/plan-text.ts')).toMatch(/internals of the feature plan/);
    expect(houseRule('extension/apps/dashboard-app.tsx', 'extension/features/plan/plan-view.tsx')).toMatch(/internals/);
    expect(houseRule('extension/services/record-store.ts', 'extension/features/plan/index.ts')).toMatch(/shared folder services/);
    expect(houseRule('extension/ui/import-files.ts', 'extension/services/record-store.ts')).toBe('ui/ imports a service');
    expect(houseRule('extension/features/regiobeeld/record-list.tsx', 'extension/features/plan/index.ts')).toBeUndefined();
    expect(houseRule('extension/features/plan/plan-view.tsx', 'extension/features/plan/plan-store.ts')).toBeUndefined();
    expect(houseRule('extension/features/plan/plan-view.tsx', 'extension/services/record-store.ts')).toBeUndefined();
  });

  // wxt.config.ts lets the bundler treat feature modules as free of load effects, so a page that
  // imports one part of a feature's index carries none of the others: that must stay true.
  it.each(featureFiles.map((file) => [repoPath(file), file]))('%s only declares at its top level', (_, file) => {
    expect(loadEffects(file, readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('names a statement that runs on load', () => {
    expect(loadEffects('probe.ts', "import { x } from './x.ts';\nexport const a = 1;\nx.register();\n")).toEqual(['line 3: x.register();']);
  });
});
