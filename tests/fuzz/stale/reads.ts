/**
 * The stale-read checker's reads: what a frontend reads, as templates over the content the program made (lists
 * with their default populate, details by documentId and by slug, explicit populate of relations and media,
 * categories' and tags' articles, photographers' photos, the feed and a cursor of it, statistics, hubs, GraphQL
 * by POST and GET). A template picks its document from a step's number.
 */

import { ACTIVITY, ARTICLE, CAMPAIGN, ORGANIZATION, PHOTO, PHOTOGRAPHER, CATEGORY, TAG, LOCALES, LOCALIZED, PLAIN, type Locale, type LocalizedUid, type World } from './world';

export interface Read {
  /** the template's name, for the counts */
  label: string;
  method: 'GET' | 'POST';
  path: string;
  /** a GraphQL POST's JSON body */
  json?: unknown;
  headers?: Record<string, string>;
}

type Template = (world: World, n: number, locale: Locale) => Read | undefined;

const get = (label: string, path: string): Read => ({ label, method: 'GET', path });

const nth = <T>(items: readonly T[], n: number): T | undefined => (items.length === 0 ? undefined : items[n % items.length]);


const localeQuery = (locale: Locale, first: '?' | '&') => (locale === 'zh-Hans' ? '' : `${first}locale=${locale}`);

/** A document of the type that exists in the locale, published or not (a draft-only one is a 404 to compare too). */
const docOf = (world: World, uid: LocalizedUid, locale: Locale, n: number) => nth(world.docs(uid, locale), n) ?? nth(world.docs(uid), n);

const ARTICLE_POPULATE =
  'populate[cover][populate][image]=true&populate[cover][populate][photographer]=true&populate[gallery][populate][image]=true' +
  '&populate[category]=true&populate[tags]=true&populate[organizations]=true&populate[campaigns][populate][cover]=true&populate[activities]=true';

const graphql = (label: string, query: string, variables?: Record<string, unknown>): Read => ({
  label: `graphql ${label}`,
  method: 'POST',
  path: '/graphql',
  json: variables ? { query, variables } : { query },
});

const ARTICLES_QUERY = `query Articles($locale: I18NLocaleCode) {
  articles(locale: $locale, pagination: { limit: 50 }, sort: ["publishDate:desc", "documentId:asc"]) {
    documentId title slug summary publishDate
    cover { documentId caption creditLine image { url alternativeText caption } photographer { name nameEn } }
    category { name slug } tags { name } campaigns { name slug } activities { title }
  }
}`;
const ARTICLE_QUERY = `query Article($documentId: ID!, $locale: I18NLocaleCode) {
  article(documentId: $documentId, locale: $locale) {
    title kicker summary slug
    body { __typename ... on ComponentArticlePhoto { captionOverride photo { caption creditLine image { url alternativeText } } } ... on ComponentArticleSection { heading } }
    gallery { caption creditLine } organizations { name } activities { title kind }
  }
}`;
const PHOTOGRAPHERS_QUERY = `query Photographers($locale: I18NLocaleCode) {
  photographers(sort: "name:asc") { documentId name nameEn photos(locale: $locale) { caption creditLine image { url caption alternativeText } } }
}`;
const CATEGORIES_QUERY = `{ categories(sort: "name:asc") { name slug articles(sort: "title:asc") { title slug cover { creditLine } } } }`;
const FEED_QUERY = `query Feed($locale: I18NLocaleCode) { feed(limit: 10, locale: $locale) { items { type documentId title date url cover { url creditLine caption } } nextCursor } }`;
const STATS_QUERY = `{ activityStats(groupBy: "campaign") { groups { key label count fundsAmount beneficiaries participants } total { count fundsAmount } } }`;
const HUB_QUERY = `query Hub($slug: String!, $locale: I18NLocaleCode) { campaignHub(slug: $slug, locale: $locale) { campaign photos figures { activities fundsAmount districts } } }`;
const ACTIVITIES_QUERY = `query Activities($locale: I18NLocaleCode) {
  activities_connection(locale: $locale, sort: ["startDate:desc", "documentId:asc"], pagination: { limit: 50 }) {
    nodes { title kind fundsAmount campaign { name } organizers { name } photos { creditLine } } pageInfo { total }
  }
}`;

const gqlLocale = (locale: Locale) => ({ locale });

export const TEMPLATES: Template[] = [
  // lists with their default populate
  (_w, _n, l) => get('articles', `/api/articles${localeQuery(l, '?')}`),
  (_w, n, l) => get('articles page', `/api/articles?pagination[pageSize]=5&pagination[page]=${1 + (n % 3)}&sort[0]=publishDate:desc&sort[1]=title:asc${localeQuery(l, '&')}`),
  (_w, _n, l) => get('activities', `/api/activities${localeQuery(l, '?')}`),
  (_w, _n, l) => get('campaigns', `/api/campaigns${localeQuery(l, '?')}`),
  (_w, _n, l) => get('photos', `/api/photos?sort=caption:asc${localeQuery(l, '&')}`),
  () => get('categories', '/api/categories?populate[articles][fields][0]=title&populate[articles][fields][1]=slug&sort=name:asc'),
  () => get('tags', '/api/tags?populate=articles&sort=name:asc'),
  () => get('organizations', '/api/organizations?populate[articles][fields][0]=title&populate[ledCampaigns]=true&sort=name:asc'),
  (_w, _n, l) => get('photographers', `/api/photographers?populate[photos][populate][image]=true&sort=name:asc${localeQuery(l, '&')}`),
  // details and explicit populate
  (w, n, l) => {
    const doc = docOf(w, ARTICLE, l, n);
    return doc && get('article', `/api/articles/${doc.documentId}${localeQuery(l, '?')}`);
  },
  (w, n, l) => {
    const slug = nth(w.slugs(ARTICLE, l), n);
    return slug ? get('article by slug', `/api/articles?filters[slug][$eq]=${encodeURIComponent(slug)}${localeQuery(l, '&')}`) : undefined;
  },
  (w, n, l) => {
    const doc = docOf(w, ARTICLE, l, n);
    return doc && get('article populated', `/api/articles/${doc.documentId}?${ARTICLE_POPULATE}${localeQuery(l, '&')}`);
  },
  (_w, _n, l) => get('articles populated', `/api/articles?${ARTICLE_POPULATE}&sort=title:asc${localeQuery(l, '&')}`),
  (_w, _n, l) => get('articles populate *', `/api/articles?populate=*&sort=title:asc${localeQuery(l, '&')}`),
  (w, n, l) => {
    const doc = docOf(w, PHOTO, l, n);
    return doc && get('photo', `/api/photos/${doc.documentId}?populate[image]=true&populate[photographer]=true${localeQuery(l, '&')}`);
  },
  (w, n, l) => {
    const doc = docOf(w, ACTIVITY, l, n);
    return doc && get('activity', `/api/activities/${doc.documentId}${localeQuery(l, '?')}`);
  },
  (w, n, l) => {
    const doc = docOf(w, CAMPAIGN, l, n);
    return doc && get('campaign', `/api/campaigns/${doc.documentId}?populate[cover][populate][image]=true&populate[activities]=true&populate[articles]=true${localeQuery(l, '&')}`);
  },
  (w, n, l) => {
    const doc = nth(w.plainDocs(CATEGORY), n);
    return doc && get("category's articles", `/api/categories/${doc.documentId}?populate[articles][populate][cover][populate][image]=true${localeQuery(l, '&')}`);
  },
  (w, n, l) => {
    const doc = nth(w.plainDocs(TAG), n);
    return doc && get("tag's articles", `/api/tags/${doc.documentId}?populate[articles][populate][cover]=true${localeQuery(l, '&')}`);
  },
  (w, n, l) => {
    const doc = nth(w.plainDocs(PHOTOGRAPHER), n);
    return doc?.slug ? get("photographer's photos", `/api/photographers?filters[slug][$eq]=${encodeURIComponent(doc.slug)}&populate=photos${localeQuery(l, '&')}`) : undefined;
  },
  // the feed, statistics, hubs
  (_w, _n, l) => get('feed', `/api/feed${localeQuery(l, '?')}`),
  (_w, n, l) => get('feed page', `/api/feed?limit=${3 + (n % 3)}${localeQuery(l, '&')}`),
  (w, n) => {
    const path = nth(w.cursors, n);
    return path ? get('feed cursor', path) : undefined;
  },
  (_w, n, l) => get('feed of a type', `/api/feed?type=${nth(['activity,campaign', 'article', 'campaign'], n)}${localeQuery(l, '&')}`),
  (w, n, l) => {
    const slug = nth(w.slugs(CAMPAIGN, l), n);
    return slug ? get('feed of a campaign', `/api/feed?campaign=${encodeURIComponent(slug)}${localeQuery(l, '&')}`) : undefined;
  },
  (w, n, l) => {
    const slug = nth(w.plainDocs(ORGANIZATION), n)?.slug;
    return slug ? get('feed of an organization', `/api/feed?organization=${encodeURIComponent(slug)}${localeQuery(l, '&')}`) : undefined;
  },
  (_w, _n, l) => get('feed.json', `/api/feed.json${localeQuery(l, '?')}`),
  (_w, _n, l) => get('feed.xml', `/api/feed.xml${localeQuery(l, '?')}`),
  (_w, n, l) => get('stats', `/api/activities/stats?groupBy=${nth(['kind', 'campaign', 'organization', 'year', 'district'], n)}${localeQuery(l, '&')}`),
  (w, n, l) => {
    const slug = nth(w.slugs(CAMPAIGN, l), n);
    return slug ? get('hub', `/api/campaigns/${encodeURIComponent(slug)}/hub${localeQuery(l, '?')}`) : undefined;
  },
  // GraphQL, by POST and by GET
  (_w, _n, l) => graphql('articles', ARTICLES_QUERY, gqlLocale(l)),
  (w, n, l) => {
    const doc = docOf(w, ARTICLE, l, n);
    return doc && graphql('article', ARTICLE_QUERY, { documentId: doc.documentId, locale: l });
  },
  (_w, _n, l) => graphql('photographers', PHOTOGRAPHERS_QUERY, gqlLocale(l)),
  () => graphql('categories', CATEGORIES_QUERY),
  (_w, _n, l) => graphql('feed', FEED_QUERY, gqlLocale(l)),
  () => graphql('stats', STATS_QUERY),
  (w, n, l) => {
    const slug = nth(w.slugs(CAMPAIGN, l), n);
    return slug ? graphql('hub', HUB_QUERY, { slug, locale: l }) : undefined;
  },
  (_w, _n, l) => graphql('activities', ACTIVITIES_QUERY, gqlLocale(l)),
  (_w, _n, l) => ({
    label: 'graphql GET articles',
    method: 'GET',
    path: `/graphql?query=${encodeURIComponent(ARTICLES_QUERY)}&variables=${encodeURIComponent(JSON.stringify(gqlLocale(l)))}`,
    headers: { 'apollo-require-preflight': 'true' },
  }),
];

/** The read a step's numbers pick: a template, its document, a locale (templates without a document always apply). */
export const readOf = (world: World, template: number, n: number, localeBit: number): Read | undefined => {
  const locale = LOCALES[localeBit % LOCALES.length];
  for (let i = 0; i < TEMPLATES.length; i += 1) {
    const read = TEMPLATES[(template + i) % TEMPLATES.length](world, n, locale);
    if (read) return read;
  }
  return undefined;
};

/**
 * Reads that show what the last write was about: its document's detail (default and explicit populate, by slug,
 * GraphQL), its type's list, its hub or its category's, tag's, photographer's or organization's page; the photos
 * list for a file. Read after a write, and again after the next one (which is often about the same document), they
 * are the entries a change must invalidate.
 */
export const relatedReads = (world: World): Read[] => {
  const { doc, locale = 'zh-Hans', file } = world.touched;
  const reads: Read[] = [];
  if (file !== undefined) reads.push(get('photos', `/api/photos?sort=caption:asc${localeQuery(locale, '&')}`));
  if (!doc) return reads;
  if ('locales' in doc) {
    const name = LOCALIZED[doc.uid];
    const slug = doc.locales[locale]?.slug;
    reads.push(get(name.replace(/s$/, '').replace(/ie$/, 'y'), `/api/${name}/${doc.documentId}${localeQuery(locale, '?')}`), get(name, `/api/${name}${localeQuery(locale, '?')}`));
    if (doc.uid === ARTICLE) {
      reads.push(get('article populated', `/api/articles/${doc.documentId}?${ARTICLE_POPULATE}${localeQuery(locale, '&')}`));
      reads.push(graphql('article', ARTICLE_QUERY, { documentId: doc.documentId, locale }));
      if (slug) reads.push(get('article by slug', `/api/articles?filters[slug][$eq]=${encodeURIComponent(slug)}${localeQuery(locale, '&')}`));
    }
    if (doc.uid === CAMPAIGN && slug) reads.push(get('hub', `/api/campaigns/${encodeURIComponent(slug)}/hub${localeQuery(locale, '?')}`));
    if (doc.uid === PHOTO) reads.push(get('photo', `/api/photos/${doc.documentId}?populate[image]=true&populate[photographer]=true${localeQuery(locale, '&')}`));
    return reads;
  }
  const name = PLAIN[doc.uid];
  reads.push(get(name, `/api/${name}/${doc.documentId}?populate=*`));
  if (doc.uid === CATEGORY) reads.push(get("category's articles", `/api/categories/${doc.documentId}?populate[articles][populate][cover][populate][image]=true${localeQuery(locale, '&')}`));
  if (doc.uid === TAG) reads.push(get("tag's articles", `/api/tags/${doc.documentId}?populate[articles][populate][cover]=true${localeQuery(locale, '&')}`));
  if (doc.uid === PHOTOGRAPHER && doc.slug) reads.push(get("photographer's photos", `/api/photographers?filters[slug][$eq]=${encodeURIComponent(doc.slug)}&populate=photos${localeQuery(locale, '&')}`));
  if (doc.uid === ORGANIZATION && doc.slug) reads.push(get('feed of an organization', `/api/feed?organization=${encodeURIComponent(doc.slug)}${localeQuery(locale, '&')}`));
  return reads;
};

/** The same request, for the cache key and for telling reads apart in a report. */
export const readKey = (read: Read): string => `${read.method} ${read.path}${read.json === undefined ? '' : ` ${JSON.stringify(read.json)}`}`;
