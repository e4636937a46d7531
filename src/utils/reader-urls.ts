/**
 * The one builder of reader-page URLs, shared by the server (feeds, GraphQL feed, preview links, the reader-page
 * middleware) and the reader page itself (bundled into public/reader.js), so both agree on every route:
 *   /                      the feed            /en/                  the same in English
 *   /articles/<slug>       an article          /en/articles/<slug>   its English version
 *   /activities/<slug>     an activity         /en/activities/<slug>
 *   /campaigns/<slug>      a campaign hub      /en/campaigns/<slug>
 *   /preview/<token>       a draft (the admin's preview button; the token names its locale)
 * A locale other than the default is the first path segment. No Node or DOM API here: it runs in both.
 */

export const READER_TYPES = ['article', 'activity', 'campaign'] as const;
export type ReaderType = (typeof READER_TYPES)[number];

/** the site's default locale, which has no path prefix */
export const READER_DEFAULT_LOCALE = 'zh-Hans';

/** each type's collection: the REST path `/api/<collection>` and the reader's path segment */
export const READER_COLLECTIONS: Record<ReaderType, string> = { article: 'articles', activity: 'activities', campaign: 'campaigns' };

/** the preview route; `{token}` is replaced (src/utils/preview-token.ts) */
export const READER_PREVIEW_PATH = '/preview/{token}';

export type ReaderRoute =
  | { kind: 'home'; locale: string }
  | { kind: 'document'; type: ReaderType; slug: string; locale: string }
  | { kind: 'preview'; token: string };

const LOCALE_SEGMENT = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
/** first segments that look like a locale but are the server's own */
const RESERVED = new Set(['api']);

const localePrefix = (locale: string): string => (locale === READER_DEFAULT_LOCALE ? '' : `/${encodeURIComponent(locale)}`);

/** The feed's path in a locale: `/` or `/en/`. */
export const readerHomePath = (locale: string = READER_DEFAULT_LOCALE): string => `${localePrefix(locale)}/`;

/** A document's path: `/articles/<slug>`, `/en/activities/<slug>`, … */
export const readerPath = (type: ReaderType, slug: string, locale: string = READER_DEFAULT_LOCALE): string =>
  `${localePrefix(locale)}/${READER_COLLECTIONS[type]}/${encodeURIComponent(slug)}`;

/** A document's absolute URL against a public base (PUBLIC_URL or the request's origin, src/utils/query.ts). */
export const readerUrl = (base: string, type: ReaderType, slug: string, locale: string = READER_DEFAULT_LOCALE): string =>
  `${base.replace(/\/+$/, '')}${readerPath(type, slug, locale)}`;

const typeOfCollection = (segment: string): ReaderType | undefined => READER_TYPES.find((type) => READER_COLLECTIONS[type] === segment);

const decoded = (segment: string): string | null => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
};

/** The route of a path, or null when it is none of the reader's (`/api/...`, `/admin`, `/reader.js`, …). */
export const parseReaderPath = (path: string): ReaderRoute | null => {
  const segments = path.split('/').slice(1);
  if (segments.length && segments[segments.length - 1] === '') segments.pop();
  let locale = READER_DEFAULT_LOCALE;
  if (segments.length && RESERVED.has(segments[0])) return null;
  if (segments.length && LOCALE_SEGMENT.test(segments[0]) && segments[0] !== READER_DEFAULT_LOCALE) locale = segments.shift() as string;
  if (segments.length === 0) return { kind: 'home', locale };
  if (segments.length !== 2) return null;
  const value = decoded(segments[1]);
  if (!value) return null;
  if (segments[0] === 'preview' && locale === READER_DEFAULT_LOCALE) return { kind: 'preview', token: value };
  const type = typeOfCollection(segments[0]);
  return type ? { kind: 'document', type, slug: value, locale } : null;
};

/**
 * The path of an old hash link (`#/article/<slug>`, `#/activity/<slug>?locale=en`, `#/preview/<token>`, `#/`),
 * or null when the hash is no such link.
 */
export const pathOfLegacyHash = (hash: string): string | null => {
  const match = /^#\/([a-z]*)\/?([^?]*)(?:\?(.*))?$/.exec(hash);
  if (!match) return null;
  const [, name, rawSlug, query] = match;
  const locale = new URLSearchParams(query ?? '').get('locale') ?? READER_DEFAULT_LOCALE;
  const slug = rawSlug ? decoded(rawSlug) : null;
  if (!name) return readerHomePath(locale);
  if (!slug) return null;
  if (name === 'preview') return READER_PREVIEW_PATH.replace('{token}', encodeURIComponent(slug));
  return (READER_TYPES as readonly string[]).includes(name) ? readerPath(name as ReaderType, slug, locale) : null;
};
