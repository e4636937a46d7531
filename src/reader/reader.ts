/**
 * The reader page: a small frontend that uses only the public APIs, to show frontend developers how to
 * consume them. Routes (src/utils/reader-urls.ts): / (the feed), /articles/<slug>, /activities/<slug>,
 * /campaigns/<slug>, the same under /en/ in English, and /preview/<token> (the admin's preview button: a draft,
 * through GET /api/preview). Old hash links (#/article/<slug>) are redirected to their paths.
 * Bundled by `npm run build:reader` to public/reader.js.
 */

import { parseReaderPath, pathOfLegacyHash, READER_COLLECTIONS, readerHomePath, readerPath, READER_DEFAULT_LOCALE, type ReaderType } from '../utils/reader-urls';

type Json = Record<string, any>;
type Locale = 'zh-Hans' | 'en';

const TEXT: Record<Locale, Record<string, string>> = {
  'zh-Hans': {
    brand: '工会新闻',
    footer: '数据来自本站公开接口 /api/feed、/api/articles、/api/campaigns/:slug/hub',
    latest: '最新',
    article: '文章',
    activity: '活动',
    campaign: '专题',
    loading: '正在加载……',
    notFound: '没有找到这篇内容。',
    failed: '加载失败：',
    activities: '活动',
    funds: '资金（元）',
    beneficiaries: '受益人数',
    participants: '参与人数',
    districts: '覆盖地区',
    back: '返回首页',
    more: '更多',
    preview: '预览：读者现在还看不到这个版本。',
    previewPublished: '预览：这是已发布的版本。',
  },
  en: {
    brand: 'Union News',
    footer: 'Built on this site’s public APIs: /api/feed, /api/articles, /api/campaigns/:slug/hub',
    latest: 'Latest',
    article: 'Article',
    activity: 'Activity',
    campaign: 'Campaign',
    loading: 'Loading…',
    notFound: 'Nothing found here.',
    failed: 'Could not load: ',
    activities: 'Activities',
    funds: 'Funds (CNY)',
    beneficiaries: 'Beneficiaries',
    participants: 'Participants',
    districts: 'Districts',
    back: 'Back to the front page',
    more: 'More',
    preview: 'Preview: readers cannot see this version yet.',
    previewPublished: 'Preview: this is the published version.',
  },
};

/** the page's locale, from its path: `/en/...` is English */
let locale: string = READER_DEFAULT_LOCALE;
/** the document on screen, so that switching language shows the same one (slugs differ per locale) */
let shown: { type: ReaderType; documentId: string } | null = null;
const t = (key: string): string => (TEXT[locale as Locale] ?? TEXT.en)[key] ?? key;
const app = document.getElementById('app') as HTMLElement;

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Array<Node | string | null>) => {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) if (child !== null) node.append(child);
  return node;
};

/** A JSON response's body; an error response throws with the API's message. */
const getJson = async (url: string): Promise<Json> => {
  const response = await fetch(url);
  const body = (await response.json()) as Json;
  if (!response.ok) throw new Error(body.error?.message ?? response.statusText);
  return body;
};

const api = (path: string): Promise<Json> => {
  const separator = path.includes('?') ? '&' : '?';
  return getJson(`/api${path}${separator}locale=${encodeURIComponent(locale)}`);
};

/** A photo with its caption and, under it, its credit as printed: "■ 摄影 记者 陈文骁" / "Photo: …". */
const creditedPhoto = (photo: Json | null | undefined, captionOverride?: string | null): HTMLElement | null => {
  const image = photo?.image;
  if (!photo || !image?.url) return null;
  const src = image.formats?.medium?.url ?? image.formats?.small?.url ?? image.url;
  const caption = captionOverride ?? photo.caption;
  return element(
    'figure',
    { class: 'photo' },
    element('img', { src, alt: photo.altText ?? caption ?? '', loading: 'lazy' }),
    element('figcaption', {}, caption ?? '', photo.creditLine ? element('span', { class: 'credit' }, photo.creditLine) : null)
  );
};

const bySlugOrId = (value: string): string =>
  `filters[$or][0][slug][$eq]=${encodeURIComponent(value)}&filters[$or][1][documentId][$eq]=${encodeURIComponent(value)}`;

const paragraphs = (blocks: Json[] | null | undefined): HTMLElement[] =>
  (blocks ?? []).map((block) => element('p', {}, (block.children ?? []).map((child: Json) => child.text ?? '').join('')));

const renderFeed = async () => {
  const { data } = await api('/feed?limit=30');
  const list = element('ul', { class: 'feed' });
  for (const item of data as Json[]) {
    const cover = item.cover
      ? element(
          'figure',
          {},
          element('img', { src: item.cover.formats?.small?.url ?? item.cover.url, alt: item.cover.caption ?? item.title, loading: 'lazy' }),
          element('figcaption', {}, item.cover.creditLine ? element('span', { class: 'credit' }, item.cover.creditLine) : null)
        )
      : null;
    list.append(
      element(
        'li',
        { 'data-type': item.type },
        element(
          'a',
          { href: readerPath(item.type, item.slug ?? item.documentId, locale) },
          element('span', { class: 'type' }, t(item.type)),
          cover,
          element('h3', {}, item.title),
          item.summary ? element('p', {}, item.summary) : null,
          element('time', { datetime: item.date }, item.date.slice(0, 10))
        )
      )
    );
  }
  app.replaceChildren(element('h2', {}, t('latest')), list);
};

const drawArticle = (data: Json): HTMLElement => {
  const body: Array<Node | null> = [];
  for (const block of data.body ?? []) {
    if (block.__component === 'article.section') {
      if (block.heading) body.push(element('h2', {}, block.heading));
      body.push(...paragraphs(block.content));
    } else if (block.__component === 'article.photo') {
      body.push(creditedPhoto(block.photo, block.captionOverride));
    } else if (block.__component === 'article.figures') {
      body.push(element('h2', {}, block.heading ?? ''));
      body.push(element('ul', { class: 'figures' }, ...(block.items ?? []).map((item: Json) => element('li', {}, element('strong', {}, item.printed ?? `${item.value}${item.unit ?? ''}`), item.label))));
    } else if (block.__component === 'article.quote') {
      body.push(element('blockquote', {}, block.text, block.attribution ? element('cite', {}, ` — ${block.attribution}`) : null));
    }
  }
  return element(
    'article',
    {},
    data.kicker ? element('p', { class: 'kicker' }, data.kicker) : null,
    element('h1', {}, data.title),
    data.subtitle ? element('p', { class: 'subtitle' }, data.subtitle) : null,
    // the cover leads the page unless the body already shows it
    (data.body ?? []).some((block: Json) => block.photo?.documentId && block.photo.documentId === data.cover?.documentId) ? null : creditedPhoto(data.cover),
    ...body,
    element('p', {}, element('a', { href: readerHomePath(locale) }, t('back')))
  );
};

/** An article or activity page: found by slug (or documentId), then read in full from its detail endpoint. */
const renderDocument = async (collection: string, type: ReaderType, slug: string, draw: (data: Json) => HTMLElement) => {
  const found = await api(`/${collection}?${bySlugOrId(slug)}&fields[0]=documentId`);
  if (!found.data.length) return app.replaceChildren(element('p', { class: 'error' }, t('notFound')));
  const { data } = await api(`/${collection}/${found.data[0].documentId}`);
  shown = { type, documentId: data.documentId };
  app.replaceChildren(draw(data));
};

/** A campaign's name, slogan and cover, as the hub and the preview show them. */
const campaignHead = (data: Json): Array<HTMLElement | null> => [
  element('h1', {}, data.name),
  data.slogan ? element('p', { class: 'subtitle' }, data.slogan) : null,
  creditedPhoto(data.cover),
];

const renderCampaign = async (slug: string) => {
  const { data } = await api(`/campaigns/${encodeURIComponent(slug)}/hub`);
  if (data.documentId) shown = { type: 'campaign', documentId: data.documentId };
  const figures = data.figures;
  const money = new Intl.NumberFormat(locale === 'en' ? 'en' : 'zh-CN').format(figures.fundsAmount);
  app.replaceChildren(
    element(
      'article',
      { class: 'campaign' },
      ...campaignHead(data),
      element(
        'ul',
        { class: 'figures' },
        element('li', { 'data-figure': 'activities' }, element('strong', {}, String(figures.activities)), t('activities')),
        element('li', { 'data-figure': 'funds' }, element('strong', {}, money), t('funds')),
        element('li', { 'data-figure': 'beneficiaries' }, element('strong', {}, String(figures.beneficiaries)), t('beneficiaries')),
        element('li', { 'data-figure': 'participants' }, element('strong', {}, String(figures.participants)), t('participants')),
        ...(figures.metricsByUnit as Json[]).map((metric) => element('li', {}, element('strong', {}, `${metric.value}${metric.unit ?? ''}`), '')),
      ),
      figures.districts.length ? element('p', {}, `${t('districts')}：${figures.districts.join('、')}`) : null,
      element('h2', {}, t('activities')),
      element('ul', {}, ...(data.activities as Json[]).map((activity) => element('li', {}, element('a', { href: readerPath('activity', activity.slug ?? activity.documentId, locale) }, activity.title)))),
      ...(data.photos as Json[]).filter((photo) => photo.documentId !== data.cover?.documentId).map((photo) => creditedPhoto(photo)),
      element('p', {}, element('a', { href: readerHomePath(locale) }, t('back')))
    )
  );
};

const drawActivity = (data: Json): HTMLElement =>
  element(
    'article',
    {},
    element('h1', {}, data.title),
    data.summary ? element('p', {}, data.summary) : null,
    element('ul', { class: 'figures' }, ...(data.metrics ?? []).map((metric: Json) => element('li', {}, element('strong', {}, `${metric.value}${metric.unit ?? ''}`), metric.label))),
    ...(data.photos ?? []).map((photo: Json) => creditedPhoto(photo)),
    element('p', {}, element('a', { href: readerHomePath(locale) }, t('back')))
  );

/** A campaign as its draft stands: the hub's figures only exist for published activities. */
const drawCampaign = (data: Json): HTMLElement =>
  element(
    'article',
    { class: 'campaign' },
    ...campaignHead(data),
    data.description ? element('p', {}, data.description) : null,
    element('ul', {}, ...(data.activities ?? []).map((activity: Json) => element('li', {}, activity.title)))
  );

const DRAW: Record<string, (data: Json) => HTMLElement> = { article: drawArticle, activity: drawActivity, campaign: drawCampaign };

/** The admin's preview button: the token names one version of one document and expires within minutes. */
const renderPreview = async (token: string) => {
  const { data, meta } = await getJson(`/api/preview?token=${encodeURIComponent(token)}`);
  if (meta.locale === 'en' || meta.locale === 'zh-Hans') locale = meta.locale;
  const banner = element('p', { class: 'preview-banner', role: 'status' }, t(meta.status === 'published' ? 'previewPublished' : 'preview'));
  app.replaceChildren(banner, (DRAW[meta.type] ?? drawArticle)(data));
};

const route = async () => {
  const legacy = pathOfLegacyHash(location.hash);
  if (legacy) history.replaceState(null, '', legacy);
  const current = parseReaderPath(location.pathname) ?? { kind: 'home' as const, locale: READER_DEFAULT_LOCALE };
  if (current.kind !== 'preview') locale = current.locale;
  document.documentElement.lang = locale;
  for (const node of Array.from(document.querySelectorAll<HTMLElement>('[data-i18n]'))) node.textContent = t(node.dataset.i18n ?? '');
  for (const node of Array.from(document.querySelectorAll<HTMLAnchorElement>('a[data-home]'))) node.href = readerHomePath(locale);
  for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>('[data-locale]'))) {
    button.setAttribute('aria-pressed', String(button.dataset.locale === locale));
  }
  shown = null;
  app.replaceChildren(element('p', {}, t('loading')));
  try {
    if (current.kind === 'preview') await renderPreview(current.token);
    else if (current.kind === 'document' && current.type === 'campaign') await renderCampaign(current.slug);
    else if (current.kind === 'document') await renderDocument(READER_COLLECTIONS[current.type], current.type, current.slug, current.type === 'article' ? drawArticle : drawActivity);
    else await renderFeed();
  } catch (error) {
    app.replaceChildren(element('p', { class: 'error' }, `${t('failed')}${error instanceof Error ? error.message : String(error)}`));
  }
};

const go = (path: string) => {
  history.pushState(null, '', path);
  void route();
};

/** The same document in another locale, by its slug there (or its documentId when it has none). */
const pathIn = async (target: string): Promise<string> => {
  if (!shown) return readerHomePath(target);
  const found = await getJson(`/api/${READER_COLLECTIONS[shown.type]}?filters[documentId][$eq]=${encodeURIComponent(shown.documentId)}&fields[0]=slug&locale=${encodeURIComponent(target)}`).catch(() => null);
  const slug = (found?.data?.[0]?.slug as string | undefined) ?? shown.documentId;
  return readerPath(shown.type, slug, target);
};

for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>('[data-locale]'))) {
  button.addEventListener('click', async () => {
    const target = button.dataset.locale ?? READER_DEFAULT_LOCALE;
    if (target !== locale) go(await pathIn(target));
  });
}
// links to the reader's own pages are followed without reloading it
document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('a');
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin || !parseReaderPath(url.pathname)) return;
  event.preventDefault();
  go(url.pathname);
});
window.addEventListener('popstate', () => void route());
window.addEventListener('hashchange', () => void route());
void route();
