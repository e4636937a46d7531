/**
 * The message ids Strapi's compiled admin code looks up with an English default next to them:
 * `formatMessage({ id: '…', defaultMessage: '…' })`, `intlLabel: { id: …, defaultMessage: … }` and the like.
 *
 * Read from the installed packages' `dist` (ES modules), so a Strapi upgrade is scanned as it is installed.
 * An id counts when it is written out in the code, as
 * - a string: `id: 'x'` or `id: "x"`;
 * - a template whose every `${…}` is a string constant of the package: `` id: `${pluginId}.plugin.name` ``;
 * - a call of the package's id-prefixing helper on a string: `id: getTranslation('x')`, the helper being imported from
 *   a module that declares it as ``const getTranslation = (id)=>`content-manager.${id}` `` (or `` `${pluginId}.${id}` ``
 *   with pluginId a string constant, or upload's package name): the prefix is read from the code, not assumed.
 * Objects that carry a `labelId` (Settings > Roles tabs: `{ labelId, id: 'singleTypes', defaultMessage }`) are skipped:
 * there `id` names the tab, not a message.
 * Ids computed at run time (`` getTrad(`settings.section.${variant}.label`) ``, API error messages), ids without a
 * default text next to them and ids in other shapes are not found.
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import path from 'path';

export interface MessageLookup {
  id: string;
  /** the English text the admin shows when no message has this id */
  defaultMessage: string;
  /** the compiled file, relative to node_modules */
  file: string;
}

/** A module-level value the scan can know without running the code. */
type Binding = { kind: 'string'; value: string } | { kind: 'prefixer'; prefix: string };

const IDENTIFIER = String.raw`[A-Za-z_$][\w$]*`;
const QUOTED = String.raw`'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"`;
// a template literal without `${…}`
const PLAIN_TEMPLATE = String.raw`\`(?:[^\`\\$]|\\.|\$(?!\{))*\``;
const TEMPLATE = String.raw`\`(?:[^\`\\]|\\.)*\``;

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', 0: '\0', '\n': '' };

/** The value of a JavaScript string literal (quotes or a template without substitutions). */
const unquote = (literal: string): string =>
  literal
    .slice(1, -1)
    .replace(
      /\\(?:u\{([\da-fA-F]+)\}|u([\da-fA-F]{4})|x([\da-fA-F]{2})|([\s\S]))/g,
      (_, braced?: string, u4?: string, x2?: string, other?: string) =>
        other === undefined ? String.fromCodePoint(parseInt(braced ?? u4 ?? x2 ?? '', 16)) : (ESCAPES[other] ?? other)
    );

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Reads the compiled modules of one package and what their module-level constants hold, as far as it can. */
class PackageModules {
  private readonly sources = new Map<string, string>();
  private readonly exported = new Map<string, Binding | null>();

  constructor(private readonly packageRoot: string) {}

  source(file: string): string {
    let text = this.sources.get(file);
    if (text === undefined) {
      text = existsSync(file) ? readFileSync(file, 'utf8') : '';
      this.sources.set(file, text);
    }
    return text;
  }

  /** The local names a module imports from the package's own modules, with the module and the exported name. */
  private imports(file: string): Map<string, { from: string; name: string }> {
    const found = new Map<string, { from: string; name: string }>();
    const source = this.source(file);
    for (const [, names, specifier] of source.matchAll(/^import\s+\{([^}]*)\}\s+from\s+'(\.[^']+)';/gm)) {
      for (const part of names.split(',')) {
        const [name, local = name] = part.trim().split(/\s+as\s+/);
        if (name) found.set(local, { from: path.resolve(path.dirname(file), specifier), name });
      }
    }
    const defaultImport = new RegExp(`^import\\s+(${IDENTIFIER})\\s+from\\s+'(\\.[^']+)';`, 'gm');
    for (const [, local, specifier] of source.matchAll(defaultImport)) {
      found.set(local, { from: path.resolve(path.dirname(file), specifier), name: 'default' });
    }
    return found;
  }

  /** What a name in a module holds: a string constant, an id-prefixing helper, or null when unknown. */
  binding(file: string, local: string, seen = new Set<string>()): Binding | null {
    const key = `${file}#${local}`;
    if (seen.has(key)) return null;
    seen.add(key);
    const source = this.source(file);
    const name = escapeRegExp(local);

    const declared = `^(?:const|let|var)\\s+${name}\\s*=\\s*`;
    const constant = source.match(new RegExp(`${declared}(${QUOTED}|${PLAIN_TEMPLATE});`, 'm'));
    if (constant) return { kind: 'string', value: unquote(constant[1]) };

    // `const getTrad = (id)=>`${pluginId}.${id}`;`
    const prefixer = source.match(new RegExp(`${declared}\\((${IDENTIFIER})\\)\\s*=>\\s*(${TEMPLATE});`, 'm'));
    if (prefixer) {
      const [, parameter, template] = prefixer;
      const suffix = `\${${parameter}}\``;
      if (!template.endsWith(suffix)) return null;
      const prefix = this.template(file, `${template.slice(0, -suffix.length)}\``, seen);
      return prefix === null ? null : { kind: 'prefixer', prefix };
    }

    // upload's `const pluginId = pluginPkg.name.replace(/^@strapi\//i, '');`, pluginPkg being its package.json
    const packageName = source.match(
      new RegExp(`${declared}(${IDENTIFIER})\\.name\\.replace\\(/\\^@strapi\\\\//i,\\s*''\\);`, 'm')
    );
    if (packageName) {
      const pkg = this.imports(file).get(packageName[1]);
      if (pkg && path.basename(pkg.from) === 'package.json.mjs') {
        const { name: npmName } = JSON.parse(readFileSync(path.join(this.packageRoot, 'package.json'), 'utf8')) as {
          name: string;
        };
        const compiledName = this.source(pkg.from).match(/^var name = ("[^"]*");/m);
        if (compiledName && unquote(compiledName[1]) === npmName) {
          return { kind: 'string', value: npmName.replace(/^@strapi\//i, '') };
        }
      }
      return null;
    }

    const imported = this.imports(file).get(local);
    if (imported) return this.exportedBinding(imported.from, imported.name, seen);
    return null;
  }

  private exportedBinding(file: string, exportName: string, seen: Set<string>): Binding | null {
    const key = `${file}#export:${exportName}`;
    if (this.exported.has(key)) return this.exported.get(key) ?? null;
    let result: Binding | null = null;
    for (const [, names] of this.source(file).matchAll(/^export\s+\{([^}]*)\};/gm)) {
      for (const part of names.split(',')) {
        const [local, name = local] = part.trim().split(/\s+as\s+/);
        if (name === exportName) result = this.binding(file, local, seen);
      }
    }
    this.exported.set(key, result);
    return result;
  }

  /** A template literal's value when every `${…}` in it is a known string constant of the module, else null. */
  template(file: string, literal: string, seen = new Set<string>()): string | null {
    let unknown = false;
    const text = literal.replace(/\$\{\s*([^}]*?)\s*\}/g, (_, expression: string) => {
      const isName = new RegExp(`^${IDENTIFIER}$`).test(expression);
      const binding = isName ? this.binding(file, expression, new Set(seen)) : null;
      if (binding?.kind !== 'string') unknown = true;
      return binding?.kind === 'string' ? binding.value.replace(/[`\\$]/g, '\\$&') : '';
    });
    return unknown ? null : unquote(text);
  }
}

// `id: <string | template | helper(string)>, defaultMessage: <string>`
const ID_EXPRESSION = String.raw`${QUOTED}|${TEMPLATE}|(${IDENTIFIER})\(\s*(${QUOTED}|${PLAIN_TEMPLATE})\s*\)`;
const ID_PAIR = new RegExp(
  String.raw`(?<![\w$.])id:\s*(${ID_EXPRESSION}),\s*defaultMessage:\s*(${QUOTED}|${PLAIN_TEMPLATE})`,
  'g'
);

const modulesUnder = (dir: string, skip: string[]): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return skip.includes(entry.name) ? [] : modulesUnder(full, skip);
    return entry.name.endsWith('.mjs') ? [full] : [];
  });

/**
 * Every message lookup with a written-out id in the compiled admin code of an npm package, under `dir` of it,
 * leaving out the folders named in `skip` (its translation files, say).
 */
export const messageLookups = (npm: string, dir: string, skip: string[] = ['translations']): MessageLookup[] => {
  const packageRoot = path.dirname(require.resolve(`${npm}/package.json`));
  const marker = `${path.sep}node_modules${path.sep}`;
  const nodeModules = packageRoot.slice(0, packageRoot.lastIndexOf(marker) + marker.length);
  const modules = new PackageModules(packageRoot);
  return modulesUnder(path.join(packageRoot, dir), skip).flatMap((file) => {
    const source = modules.source(file);
    const lookups: MessageLookup[] = [];
    for (const match of source.matchAll(ID_PAIR)) {
      const [, idExpression, helper, argument, defaultLiteral] = match;
      // `{ labelId: 'app.components…', id: 'singleTypes', defaultMessage }`: the message id is labelId
      const objectStart = source.lastIndexOf('{', match.index);
      if (/(?<![\w$])labelId:/.test(source.slice(objectStart, match.index))) continue;
      let id: string | null;
      if (helper) {
        const binding = modules.binding(file, helper);
        id = binding?.kind === 'prefixer' ? binding.prefix + unquote(argument) : null;
      } else if (idExpression.startsWith('`')) id = modules.template(file, idExpression);
      else id = unquote(idExpression);
      if (id === null) continue;
      lookups.push({ id, defaultMessage: unquote(defaultLiteral), file: path.relative(nodeModules, file) });
    }
    return lookups;
  });
};
