/**
 * The reader page: a small frontend that uses only the public APIs, to show frontend developers how to
 * consume them. Routes: #/ (the feed), #/article/<slug>, #/campaign/<slug>, #/activity/<slug>, and
 * #/preview/<token> (the admin's preview button: a draft, through GET /api/preview).
 * Compiled by `npm run build:reader` to public/reader.js.
 */

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

let locale: Locale = (localStorage.getItem('locale') as Locale | null) ?? 'zh-Hans';
/** the document on screen, so that switching language shows the same one (slugs differ per locale) */
let shown: { type: string; documentId: string } | null = null;
const t = (key: string): string => TEXT[locale][key] ?? key;
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
          { href: `#/${item.type}/${encodeURIComponent(item.slug ?? item.documentId)}` },
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
    element('p', {}, element('a', { href: '#/' }, t('back')))
  );
};

/** An article or activity page: found by slug (or documentId), then read in full from its detail endpoint. */
const renderDocument = async (collection: string, type: string, slug: string, draw: (data: Json) => HTMLElement) => {
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
      element('ul', {}, ...(data.activities as Json[]).map((activity) => element('li', {}, element('a', { href: `#/activity/${encodeURIComponent(activity.slug)}` }, activity.title)))),
      ...(data.photos as Json[]).filter((photo) => photo.documentId !== data.cover?.documentId).map((photo) => creditedPhoto(photo)),
      element('p', {}, element('a', { href: '#/' }, t('back')))
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
    element('p', {}, element('a', { href: '#/' }, t('back')))
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
  document.documentElement.lang = locale;
  for (const node of Array.from(document.querySelectorAll<HTMLElement>('[data-i18n]'))) node.textContent = t(node.dataset.i18n ?? '');
  for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>('[data-locale]'))) {
    button.setAttribute('aria-pressed', String(button.dataset.locale === locale));
  }
  const [, type, slug] = (location.hash.replace(/^#/, '') || '/').split('/').map(decodeURIComponent);
  shown = null;
  app.replaceChildren(element('p', {}, t('loading')));
  try {
    if (type === 'preview' && slug) await renderPreview(slug);
    else if (type === 'article' && slug) await renderDocument('articles', 'article', slug, drawArticle);
    else if (type === 'campaign' && slug) await renderCampaign(slug);
    else if (type === 'activity' && slug) await renderDocument('activities', 'activity', slug, drawActivity);
    else await renderFeed();
  } catch (error) {
    app.replaceChildren(element('p', { class: 'error' }, `${t('failed')}${error instanceof Error ? error.message : String(error)}`));
  }
};

for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>('[data-locale]'))) {
  button.addEventListener('click', () => {
    locale = (button.dataset.locale as Locale) ?? 'zh-Hans';
    localStorage.setItem('locale', locale);
    const target = shown ? `#/${shown.type}/${shown.documentId}` : location.hash;
    if (target !== location.hash) location.hash = target;
    else void route();
  });
}
window.addEventListener('hashchange', () => void route());
void route();
