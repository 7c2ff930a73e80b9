/**
 * Names exported from more than one source file, for the check that each exported name has one
 * meaning (scripts/export-names.test.ts). Reads the non-test .ts/.tsx files under app,
 * components, content and engine with the TypeScript parser and lists each file's own exported
 * declarations (`export const/function/class/type/interface/enum`, `export default`, and
 * `export { local as name }`); re-exports (`export … from '…'`, or exporting an imported name)
 * pass a name on with its meaning, so they do not count.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOTS = ['app', 'components', 'content', 'engine'] as const;
const SOURCE = /\.tsx?$/;
const SKIP = /\.(test|spec)\.tsx?$|\.d\.ts$/;

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (SOURCE.test(name) && !SKIP.test(name)) out.push(full);
  }
}

const isExported = (node: ts.Node): boolean =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
const isDefault = (node: ts.Node): boolean =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);

function bindingNames(name: ts.BindingName, out: string[]): void {
  if (ts.isIdentifier(name)) out.push(name.text);
  else for (const el of name.elements) if (!ts.isOmittedExpression(el)) bindingNames(el.name, out);
}

/** The names a file's source declares and exports itself (not re-exports of other modules). */
export function exportedNames(source: string, fileName = 'x.tsx'): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: string[] = [];
  const imported = new Set<string>();
  for (const st of file.statements) {
    const clause = ts.isImportDeclaration(st) ? st.importClause : undefined;
    if (clause?.name) imported.add(clause.name.text);
    if (clause?.namedBindings && ts.isNamedImports(clause.namedBindings)) for (const el of clause.namedBindings.elements) imported.add(el.name.text);
    if (clause?.namedBindings && ts.isNamespaceImport(clause.namedBindings)) imported.add(clause.namedBindings.name.text);
  }
  for (const st of file.statements) {
    if (ts.isExportAssignment(st)) out.push('default');
    else if (ts.isExportDeclaration(st)) {
      if (st.moduleSpecifier || !st.exportClause || !ts.isNamedExports(st.exportClause)) continue;
      // `import { a } from '…'; export { a }` passes `a` on like a re-export.
      for (const el of st.exportClause.elements) if (!imported.has((el.propertyName ?? el.name).text)) out.push(el.name.text);
    } else if (isExported(st)) {
      if (isDefault(st)) out.push('default');
      else if (ts.isVariableStatement(st)) for (const d of st.declarationList.declarations) bindingNames(d.name, out);
      else if (
        (ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st) || ts.isInterfaceDeclaration(st) || ts.isTypeAliasDeclaration(st) || ts.isEnumDeclaration(st) || ts.isModuleDeclaration(st)) &&
        st.name &&
        ts.isIdentifier(st.name)
      )
        out.push(st.name.text);
    }
  }
  return [...new Set(out)];
}

/** Every exported name (of the project under `repo`) to the repo-relative files that export it. */
export function exportIndex(repo: string): Map<string, string[]> {
  const files: string[] = [];
  for (const root of ROOTS) walk(path.join(repo, root), files);
  const index = new Map<string, string[]>();
  for (const full of files.sort()) {
    const rel = path.relative(repo, full).split(path.sep).join('/');
    for (const name of exportedNames(readFileSync(full, 'utf8'), rel)) index.set(name, [...(index.get(name) ?? []), rel]);
  }
  return index;
}

/** The names exported from two or more files, with those files. */
export function sharedNames(index: ReadonlyMap<string, readonly string[]>): Map<string, readonly string[]> {
  return new Map([...index].filter(([, files]) => files.length > 1));
}
