/**
 * The admin in Chinese: every English message of the packages on the newsroom's admin screens has a zh-Hans text,
 * from Strapi's bundled zh-Hans or from ours (src/admin/translations), merged the way the admin merges them.
 * When a Strapi upgrade adds English keys this fails and lists them: add their Chinese to
 * src/admin/translations/zh-Hans/<package>.json, keyed as in that package's own en.json.
 * The admin code also looks up ids no English file lists (`preview.copy.label` without its plugin's prefix, say);
 * the compiled code is scanned for them, and their Chinese goes to src/admin/translations/zh-Hans/unlisted.json.
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import path from 'path';
import { messageLookups, type MessageLookup } from '../helpers/admin-message-ids';
import {
  COMPONENT_CATEGORY_MESSAGES,
  NEWSROOM_MESSAGES,
  UNLISTED_MESSAGES,
  zhHans,
  type Messages,
} from '../../src/admin/translations';

// the ICU parser of the admin's react-intl, so messages are read exactly as the admin reads them
const reactIntl = require.resolve('react-intl/package.json', { paths: [require.resolve('@strapi/admin/package.json')] });
const parserPath = require.resolve('@formatjs/icu-messageformat-parser', { paths: [reactIntl] });
type IcuParser = typeof import('@formatjs/icu-messageformat-parser');
type MessageFormatElement = import('@formatjs/icu-messageformat-parser').MessageFormatElement;
const { parse, TYPE } = require(parserPath) as IcuParser;

interface AdminPackage {
  /** npm package shipping the compiled translations */
  npm: string;
  /** folder of its `en.json.js` and `zh-Hans.json.js` */
  dir: string;
  /** the id its `registerTrads` puts before each key; the admin's own keys have none */
  pluginId: string | null;
}

/** The packages whose screens the newsroom uses, in the admin's merge order (the admin's own file first). */
const PACKAGES: Record<string, AdminPackage> = {
  admin: { npm: '@strapi/admin', dir: 'dist/admin/admin/src/translations', pluginId: null },
  'content-manager': { npm: '@strapi/content-manager', dir: 'dist/admin/translations', pluginId: 'content-manager' },
  upload: { npm: '@strapi/upload', dir: 'dist/admin/translations', pluginId: 'upload' },
  i18n: { npm: '@strapi/i18n', dir: 'dist/admin/translations', pluginId: 'i18n' },
  'content-releases': { npm: '@strapi/content-releases', dir: 'dist/admin/translations', pluginId: 'content-releases' },
  'review-workflows': { npm: '@strapi/review-workflows', dir: 'dist/admin/translations', pluginId: 'review-workflows' },
  'users-permissions': {
    npm: '@strapi/plugin-users-permissions',
    dir: 'dist/admin/translations',
    pluginId: 'users-permissions',
  },
  graphql: { npm: '@strapi/plugin-graphql', dir: 'dist/admin/translations', pluginId: 'graphql' },
  email: { npm: '@strapi/email', dir: 'dist/admin/translations', pluginId: 'email' },
  'content-type-builder': {
    npm: '@strapi/content-type-builder',
    dir: 'dist/admin/translations',
    pluginId: 'content-type-builder',
  },
};

/**
 * Ours that may read as English: values a user types or sees as code, not interface text.
 * Keyed by the merged key; the reason is for the reader.
 */
const NOT_TRANSLATED: Record<string, string> = {
  'components.Blocks.popover.link.rel.placeholder': 'HTML rel values (noopener, nofollow, noreferrer)',
  'components.Blocks.popover.link.target.placeholder': 'HTML target values (_blank, _self, ...)',
  'content-manager.api.id': '"API ID" is a term of the API',
};

/** Loads a compiled translation module (CommonJS, or an ES module's default export); {} when the package ships none. */
const loadMessages = (file: string): Messages => {
  if (!existsSync(file)) return {};
  const loaded: unknown = require(file);
  const compiled = loaded as { __esModule?: boolean; default?: Messages };
  return (compiled.__esModule ? compiled.default : loaded) as Messages;
};

// written again here rather than imported from ours, so that a mistake there cannot hide itself
const prefixed = (messages: Messages, pluginId: string | null): Messages =>
  pluginId ? Object.fromEntries(Object.entries(messages).map(([key, message]) => [`${pluginId}.${key}`, message])) : messages;

const bundled = (pkg: AdminPackage, locale: 'en' | 'zh-Hans'): Messages => {
  const root = path.dirname(require.resolve(`${pkg.npm}/package.json`));
  return prefixed(loadMessages(path.join(root, pkg.dir, `${locale}.json.js`)), pkg.pluginId);
};

const english = Object.fromEntries(Object.entries(PACKAGES).map(([name, pkg]) => [name, bundled(pkg, 'en')]));
const allEnglish: Messages = Object.assign({}, ...Object.values(english));
// what the admin shows in zh-Hans: its own file, then each plugin's, then config.translations
const shown: Messages = Object.assign({}, ...Object.values(PACKAGES).map((pkg) => bundled(pkg, 'zh-Hans')), zhHans);

interface MessageParts {
  args: string[];
  tags: string[];
  text: string;
}

const collect = (elements: MessageFormatElement[], parts: MessageParts): MessageParts => {
  for (const element of elements) {
    if (element.type === TYPE.literal) parts.text += element.value;
    else if (element.type === TYPE.tag) {
      parts.tags.push(element.value);
      collect(element.children, parts);
    } else if (element.type !== TYPE.pound) {
      parts.args.push(element.value);
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        Object.values(element.options).forEach((option) => collect(option.value, parts));
      }
    }
  }
  return parts;
};

/** A message's argument names, tag names and text; English that react-intl cannot read as tags (`<a@b.c>`) is text. */
const partsOf = (message: string, ignoreTag: boolean): MessageParts => {
  const parts = collect(parse(message, { ignoreTag }), { args: [], tags: [], text: '' });
  return { args: [...new Set(parts.args)].sort(), tags: [...new Set(parts.tags)].sort(), text: parts.text };
};

/** The argument and tag names of a message, in the reading of `reference` (English that is no valid ICU is text). */
const shapeOf = (message: string, reference: string): string => {
  const { args, tags } = partsOf(message, !parses(reference));
  return JSON.stringify({ args, tags });
};

const parses = (message: string): boolean => {
  try {
    parse(message);
    return true;
  } catch {
    return false;
  }
};

describe.each(Object.keys(PACKAGES))('zh-Hans admin messages of %s', (name) => {
  it('has English messages to compare with', () => {
    expect(Object.keys(english[name]).length).toBeGreaterThan(0);
  });

  it('has a Chinese message for every English key', () => {
    // a few English messages are a blank on purpose; those only need to exist
    const missing = Object.entries(english[name])
      .filter(([key, message]) => shown[key] === undefined || (message.trim() !== '' && shown[key].trim() === ''))
      .map(([key, message]) => `${key}: ${message}`);
    expect(missing).toEqual([]);
  });
});

describe('our zh-Hans messages', () => {
  const ours = Object.entries(zhHans);

  it('has no key that English lacks, besides component categories and keys Strapi uses without English', () => {
    const extra = ours.map(([key]) => key).filter((key) => !(key in allEnglish));
    expect(extra.sort()).toEqual(Object.keys(NEWSROOM_MESSAGES).sort());
    const categories = readdirSync(path.join(__dirname, '..', '..', 'src', 'components')).sort();
    expect(Object.keys(COMPONENT_CATEGORY_MESSAGES).sort()).toEqual(categories);
  });

  it('keeps the placeholders and tags of the English message', () => {
    const mismatches = ours
      .filter(([key]) => key in allEnglish)
      .flatMap(([key, message]) => {
        try {
          const expected = shapeOf(allEnglish[key], allEnglish[key]);
          const actual = shapeOf(message, allEnglish[key]);
          return expected === actual ? [] : [`${key}: ${actual} should be ${expected}`];
        } catch (error) {
          return [`${key}: ${String(error)}`];
        }
      });
    expect(mismatches).toEqual([]);
  });

  it('is Chinese, not English', () => {
    const untranslated = ours.filter(([key, message]) => {
      if (key in NOT_TRANSLATED) return false;
      const { text } = partsOf(message, !parses(message));
      return !/\p{Script=Han}/u.test(text) && (text.match(/[A-Za-z]{2,}/g) ?? []).length >= 2;
    });
    expect(untranslated).toEqual([]);
  });

  it('has only allowlisted keys that exist', () => {
    expect(Object.keys(NOT_TRANSLATED).filter((key) => !(key in zhHans))).toEqual([]);
  });
});

/**
 * The admin code of these packages (compiled, in node_modules) is scanned for the message ids it writes out with an
 * English default next to them (tests/helpers/admin-message-ids.ts): `formatMessage({ id: 'preview.copy.label',
 * defaultMessage: 'Copy preview link' })`, `id: getTranslation('x')` (= `content-manager.x`) and the like. Enterprise
 * code (`ee` folders) is left out: the newsroom runs without a licence.
 */
const SCANNED_CODE: Record<string, string> = {
  admin: 'dist/admin/admin/src',
  'content-manager': 'dist/admin',
  upload: 'dist/admin',
  i18n: 'dist/admin',
  'content-releases': 'dist/admin',
};

describe('message ids the admin code looks up', () => {
  const lookups: Record<string, MessageLookup[]> = Object.fromEntries(
    Object.entries(SCANNED_CODE).map(([name, dir]) => [name, messageLookups(PACKAGES[name].npm, dir, ['translations', 'ee'])])
  );
  const all = Object.values(lookups).flat();

  it.each(Object.keys(SCANNED_CODE))('finds the lookups of %s, those through its prefixing helper included', (name) => {
    const ids = lookups[name].map(({ id }) => id);
    expect(ids.length).toBeGreaterThan(20);
    // a plugin builds most ids with a helper (`getTrad('x')`); none found would mean the scan no longer reads it
    const { pluginId } = PACKAGES[name];
    if (pluginId) expect(ids.filter((id) => id.startsWith(`${pluginId}.`)).length).toBeGreaterThan(20);
  });

  it('every message id the admin code of these packages looks up literally has a zh-Hans message', () => {
    const missing = new Map<string, string>();
    for (const { id, defaultMessage, file } of all) {
      if (shown[id] === undefined && !missing.has(id)) missing.set(id, `${id}: ${defaultMessage} (${file})`);
    }
    expect([...missing.values()]).toEqual([]);
  });

  it('gives our unlisted messages the placeholders and tags of the English default in the code', () => {
    const mismatches = all
      .filter(({ id }) => id in UNLISTED_MESSAGES)
      .flatMap(({ id, defaultMessage, file }) => {
        try {
          const expected = shapeOf(defaultMessage, defaultMessage);
          const actual = shapeOf(UNLISTED_MESSAGES[id], defaultMessage);
          return expected === actual ? [] : [`${id}: ${actual} should be ${expected} (${file})`];
        } catch (error) {
          return [`${id}: ${String(error)} (${file})`];
        }
      });
    expect(mismatches).toEqual([]);
  });

  it('has no unlisted message the code no longer looks up', () => {
    const looked = new Set(all.map(({ id }) => id));
    expect(Object.keys(UNLISTED_MESSAGES).filter((id) => !looked.has(id))).toEqual([]);
  });
});

/**
 * The newsroom-media plugin's own admin messages (src/plugins/newsroom-media/admin/src/translations): English is the
 * default its code falls back to (and TypeScript checks every key the code asks for against en.json); the admin shows
 * the Chinese file.
 */
describe('newsroom-media admin messages', () => {
  const dir = path.join(__dirname, '..', '..', 'src', 'plugins', 'newsroom-media', 'admin', 'src', 'translations');
  const pluginEnglish = require(path.join(dir, 'en.json')) as Messages;
  const pluginChinese = require(path.join(dir, 'zh-Hans.json')) as Messages;

  it('has a Chinese message for every English key, and no other', () => {
    expect(Object.keys(pluginEnglish).length).toBeGreaterThan(10);
    expect(Object.keys(pluginChinese).sort()).toEqual(Object.keys(pluginEnglish).sort());
    expect(Object.entries(pluginChinese).filter(([, message]) => message.trim() === '')).toEqual([]);
  });

  it('keeps the placeholders and tags of the English message', () => {
    const mismatches = Object.entries(pluginChinese).flatMap(([key, message]) => {
      const reference = pluginEnglish[key] ?? '';
      const expected = shapeOf(reference, reference);
      const actual = shapeOf(message, reference);
      return expected === actual ? [] : [`${key}: ${actual} should be ${expected}`];
    });
    expect(mismatches).toEqual([]);
  });

  it('has a text for every error and warning code the importer gives (src/import, src/api/import)', () => {
    const sources = ['src/import', 'src/api/import'].flatMap((dir) =>
      readdirSync(path.join(__dirname, '..', '..', dir), { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.ts'))
        .map((file) => readFileSync(path.join(__dirname, '..', '..', dir, file), 'utf8'))
    );
    const codes = [...new Set(sources.flatMap((source) => [...source.matchAll(/\bcode: '([A-Za-z]+)'/g)].map((found) => found[1])))];
    // the scan still finds the codes: the parser's, the decoders' and the service's
    expect(codes).toEqual(expect.arrayContaining(['noHeadline', 'unknownCreditRole', 'notDocx', 'notText', 'imageMissing']));
    expect(codes.filter((code) => !(`import.code.${code}` in pluginEnglish)).sort()).toEqual([]);
  });

  it('is Chinese, not English', () => {
    const untranslated = Object.entries(pluginChinese).filter(([, message]) => !/\p{Script=Han}/u.test(partsOf(message, false).text));
    expect(untranslated).toEqual([]);
  });
});
