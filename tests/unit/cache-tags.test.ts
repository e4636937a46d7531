import { ALL, ANY_PUBLIC, contentResponseTags, docTag, keyTag, linkTag, linkTags, setTag, uniqueLookup, writeTags, type ModelInfo } from '../../src/cache/tags';

const ARTICLE = 'api::article.article';
const CATEGORY = 'api::category.category';
const PHOTO = 'api::photo.photo';
const FILE = 'plugin::upload.file';
const BLOCK = 'article.photo-block';

const MODELS: Record<string, ModelInfo> = {
  [ARTICLE]: {
    uid: ARTICLE,
    document: true,
    localized: true,
    draftAndPublish: true,
    attributes: {
      title: { type: 'string' },
      slug: { type: 'uid' },
      category: { type: 'relation', target: CATEGORY },
      cover: { type: 'relation', target: PHOTO },
      blocks: { type: 'dynamiczone', components: [BLOCK] },
      owner: { type: 'relation' },
    },
  },
  [CATEGORY]: {
    uid: CATEGORY,
    document: true,
    localized: false,
    draftAndPublish: false,
    attributes: { name: { type: 'string' }, slug: { type: 'uid' }, articles: { type: 'relation', target: ARTICLE, mappedBy: 'category' } },
  },
  [PHOTO]: { uid: PHOTO, document: true, localized: true, draftAndPublish: true, attributes: { caption: { type: 'string' }, image: { type: 'media' } } },
  [FILE]: { uid: FILE, document: true, localized: false, draftAndPublish: false, attributes: { name: { type: 'string' } } },
  [BLOCK]: { uid: BLOCK, document: false, localized: false, draftAndPublish: false, attributes: { photo: { type: 'relation', target: PHOTO } } },
};
const models = (uid: string) => MODELS[uid];

const article = {
  documentId: 'a1',
  locale: 'zh-Hans',
  title: '送清凉',
  category: { documentId: 'c1', name: '要闻' },
  cover: { documentId: 'p1', locale: 'zh-Hans', image: { documentId: 'f1', name: 'x.jpg' } },
  blocks: [{ __component: BLOCK, photo: { documentId: 'p2', locale: 'zh-Hans' } }],
};

describe('contentResponseTags', () => {
  it('tags a list with its set, every document inside it and the sets of its relation fields', () => {
    const tags = contentResponseTags(models, { uid: ARTICLE, action: 'find', locale: 'zh-Hans', query: {} }, { data: [article] });
    expect(new Set(tags)).toEqual(
      new Set([
        ALL,
        setTag(ARTICLE, 'zh-Hans'),
        docTag(ARTICLE, 'a1'),
        docTag(CATEGORY, 'c1'),
        docTag(PHOTO, 'p1'),
        docTag(FILE, 'f1'),
        docTag(PHOTO, 'p2'),
        setTag(CATEGORY, '*'),
        setTag(PHOTO, 'zh-Hans'),
      ])
    );
  });

  it('tags the article page by slug with its key, not with the whole list', () => {
    const query = { filters: { slug: { $eq: 'song-qing-liang' } } };
    const tags = contentResponseTags(models, { uid: ARTICLE, action: 'find', locale: '*', query }, { data: [] });
    expect(tags).toContain(keyTag(ARTICLE, 'slug', 'song-qing-liang', '*'));
    expect(tags).not.toContain(setTag(ARTICLE, '*'));
  });

  it('tags the sets that filters and sorts go through', () => {
    const query = { filters: { $or: [{ category: { slug: { $eq: 'x' } } }] }, sort: 'cover.caption:asc' };
    const tags = contentResponseTags(models, { uid: ARTICLE, action: 'find', locale: 'en', query }, { data: [] });
    expect(tags).toEqual(expect.arrayContaining([setTag(ARTICLE, 'en'), setTag(CATEGORY, '*'), setTag(PHOTO, '*')]));
  });

  it('falls back to any public change for a relation without one target', () => {
    const tags = contentResponseTags(models, { uid: ARTICLE, action: 'findOne', locale: 'zh-Hans', documentId: 'a1', query: {} }, { data: { ...article, owner: { id: 1 } } });
    expect(tags).toEqual(expect.arrayContaining([docTag(ARTICLE, 'a1'), ANY_PUBLIC]));
  });
});

describe('tags through relations', () => {
  it("tags an inverse relation field with the links to its owner, not with the target's whole set", () => {
    const category = { documentId: 'c1', name: '要闻', articles: [{ documentId: 'a1', locale: 'zh-Hans', title: '送清凉' }] };
    const tags = contentResponseTags(models, { uid: CATEGORY, action: 'findOne', locale: '*', documentId: 'c1', query: {} }, { data: category });
    expect(tags).toContain(linkTag(ARTICLE, 'category', 'documentId', 'c1'));
    expect(tags).not.toContain(setTag(ARTICLE, 'zh-Hans'));
  });

  it("tags a category page with the links to that category's slug, and the categories' set for a renamed slug", () => {
    const query = { filters: { category: { slug: { $eq: 'yao-wen' } } } };
    const tags = contentResponseTags(models, { uid: ARTICLE, action: 'find', locale: '*', query }, { data: [] });
    expect(tags).toEqual(expect.arrayContaining([linkTag(ARTICLE, 'category', 'slug', 'yao-wen'), setTag(CATEGORY, '*')]));
    expect(tags).not.toContain(setTag(ARTICLE, '*'));
  });

  it('invalidates the links a written row has, by documentId and by unique field', () => {
    const links = [{ id: 1, category: { id: 3, documentId: 'c1', slug: 'yao-wen' }, cover: null }];
    expect(new Set(linkTags(MODELS[ARTICLE]!, links))).toEqual(new Set([linkTag(ARTICLE, 'category', 'documentId', 'c1'), linkTag(ARTICLE, 'category', 'slug', 'yao-wen')]));
  });
});

describe('uniqueLookup', () => {
  it('recognises only one equality on a unique attribute or documentId', () => {
    const model = MODELS[ARTICLE]!;
    expect(uniqueLookup(model, { slug: 'a' })).toEqual({ attribute: 'slug', value: 'a' });
    expect(uniqueLookup(model, { documentId: { $eq: 'd' } })).toEqual({ attribute: 'documentId', value: 'd' });
    expect(uniqueLookup(model, { slug: { $eqi: 'a' } })).toBeUndefined();
    expect(uniqueLookup(model, { title: { $eq: 'a' } })).toBeUndefined();
    expect(uniqueLookup(model, { slug: { $eq: 'a' }, title: { $eq: 'b' } })).toBeUndefined();
    expect(uniqueLookup(model, { slug: { $eq: ['a'] } })).toBeUndefined();
  });
});

describe('writeTags', () => {
  it('invalidates nothing for a draft row', () => {
    expect(writeTags(MODELS[ARTICLE]!, [{ documentId: 'a1', locale: 'zh-Hans', publishedAt: null, slug: 's' }])).toEqual([]);
  });

  it('invalidates a published document, its sets in its locale and in every locale, its keys and any-public', () => {
    const tags = writeTags(MODELS[ARTICLE]!, [{ documentId: 'a1', locale: 'en', publishedAt: '2026-12-07', slug: 's' }]);
    expect(new Set(tags)).toEqual(
      new Set([ANY_PUBLIC, docTag(ARTICLE, 'a1'), setTag(ARTICLE, 'en'), setTag(ARTICLE, '*'), keyTag(ARTICLE, 'slug', 's', 'en'), keyTag(ARTICLE, 'slug', 's', '*')])
    );
  });

  it('treats every row of a type without drafts as public', () => {
    expect(writeTags(MODELS[CATEGORY]!, [{ documentId: 'c1', slug: 'yao-wen' }])).toEqual(expect.arrayContaining([docTag(CATEGORY, 'c1'), setTag(CATEGORY, '*')]));
  });

  it('a key that a response was tagged with is one a write of that value invalidates', () => {
    const query = { filters: { slug: { $eq: '五型 工会' } } };
    const read = contentResponseTags(models, { uid: ARTICLE, action: 'find', locale: 'zh-Hans', query }, { data: [] });
    const written = writeTags(MODELS[ARTICLE]!, [{ documentId: 'new', locale: 'zh-Hans', publishedAt: '2026-12-07', slug: '五型 工会' }]);
    expect(read.filter((tag) => written.includes(tag))).toEqual([keyTag(ARTICLE, 'slug', '五型 工会', 'zh-Hans')]);
  });
});
