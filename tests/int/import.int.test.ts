/**
 * The importer through POST /api/imports: dry run and confirm, the seed page equal to the seeded article, a new
 * page with every credit form, re-import idempotence, images (page credit over the file's), rollback after an
 * image was stored, and every bad input with its 400 and nothing left behind.
 */

import fs from 'fs/promises';
import path from 'path';
import JSZip from 'jszip';
import { seedArticleText } from '../../src/seed/article-text';
import { creditedJpeg, plainJpeg } from '../helpers/images';
import { startStrapi, type TestApp } from '../helpers/strapi';

type Json = Record<string, any>;

let app: TestApp;
let token: string;

const NEW_PAGE = [
  '劳动竞赛',
  '# 全市职工技能大赛落幕',
  '## ——412家企业参赛 决出技术能手40名',
  '',
  '本次大赛共举办22场次比赛,吸引4.7万余人次参与,拨付奖励资金13.3万元。',
  '',
  '决赛现场。',
  '■ 摄影 记者 陈文骁',
  '',
  '选手在操作数控机床。',
  '■ 摄影 通讯员 新人甲',
  '',
  '颁奖仪式。',
  '■ 特约摄影 新人甲',
  '',
  '### 以赛促学',
  '',
  '大赛设12个工种,1300余名职工报名。',
  '',
  '往届比赛。(资料图片)',
  '',
  '技能展示。',
  '■ 市总工会供图',
].join('\r\n');

const send = (fields: Record<string, string>, files: Array<{ field: string; data: Buffer; name: string }>, auth: string | null = token) => {
  let req = app.http().post('/api/imports');
  if (auth) req = req.set('Authorization', `Bearer ${auth}`);
  for (const [name, value] of Object.entries(fields)) req = req.field(name, value);
  for (const file of files) req = req.attach(file.field, file.data, file.name);
  return req;
};

const page = (text: string, name = 'page.txt') => ({ field: 'file', data: Buffer.from(text, 'utf8'), name });

/** Everything an import can write: rows of every type it touches and files on disk. */
const footprint = async () => ({
  articles: await app.strapi.db.query('api::article.article').count(),
  photos: await app.strapi.db.query('api::photo.photo').count(),
  photographers: await app.strapi.db.query('api::photographer.photographer').count(),
  files: await app.strapi.db.query('plugin::upload.file').count(),
  onDisk: (await fs.readdir(path.join(app.publicDir, 'uploads'))).length,
});

const draftArticle = (documentId: string) =>
  app.strapi.documents('api::article.article').findOne({
    documentId,
    locale: 'zh-Hans',
    status: 'draft',
    populate: {
      body: {
        on: {
          'article.section': true,
          'article.figures': { populate: { items: true } },
          'article.photo': { populate: { photo: { populate: { photographer: true, image: true } } } },
        },
      },
    },
  } as never) as Promise<Json>;

/** Blocks as a reader sees them: headings and paragraph texts, captions and credit lines, figures. */
const blocksOf = (article: Json) =>
  (article.body as Json[]).map((block) => {
    if (block.__component === 'article.section') {
      return { heading: block.heading, paragraphs: (block.content as Json[]).map((paragraph) => paragraph.children.map((child: Json) => child.text).join('')) };
    }
    if (block.__component === 'article.photo') return { caption: block.photo.caption, creditLine: block.photo.creditLine, photographer: block.photo.photographer?.name ?? null };
    return { figures: (block.items as Json[]).map(({ label, value, unit, atLeast, printed, sentence }) => ({ label, value: Number(value), unit, atLeast, printed, sentence })) };
  });

beforeAll(async () => {
  app = await startStrapi('import', { seed: true });
  token = await app.fullAccessToken();
});

afterAll(async () => {
  delete process.env.IMPORT_SIZE_LIMIT;
  await app?.stop();
});

describe('the seed page', () => {
  it('imported through the API equals the seeded article, block for block and credit for credit', async () => {
    const before = await footprint();
    const response = await send({ dryRun: 'false', sourceId: 'seed-copy' }, [page(seedArticleText)]);
    expect(response.status).toBe(201);
    const result = response.body.data as Json;
    expect(result.article.created).toBe(true);
    // every photographer of the page exists already: none is created
    expect(result.photographers.map((person: Json) => [person.name, person.match])).toEqual([
      ['陈文骁', 'existing'],
      ['万善朝', 'existing'],
      ['徐度晓', 'existing'],
    ]);
    const after = await footprint();
    expect(after.photographers).toBe(before.photographers);
    expect(after.articles - before.articles).toBe(1);
    expect(after.photos - before.photos).toBe(7);

    const seeded = (await app.strapi.documents('api::article.article').findFirst({
      filters: { importKey: 'sourceId:seed-article' },
      locale: 'zh-Hans',
      status: 'draft',
      fields: ['documentId'],
    } as never)) as Json;
    const imported = await draftArticle(result.article.documentId);
    const original = await draftArticle(seeded.documentId);
    expect(blocksOf(imported)).toEqual(blocksOf(original));
    expect(imported.title).toBe(original.title);
    expect(imported.subtitle).toBe(original.subtitle);
    expect(imported.summary).toBe(original.summary);
    // the seed's photos as printed: 7 blocks, 3 file photos, one credit with no caption
    const photos = blocksOf(imported).filter((block) => 'creditLine' in block);
    expect(photos.map((photo) => photo.creditLine)).toEqual([
      '■ 摄影 记者 陈文骁',
      '资料图片',
      '资料图片',
      '■ 摄影 记者 万善朝',
      '■ 摄影 记者 万善朝',
      '■ 摄影 通讯员 徐度晓',
      '资料图片',
    ]);
    expect(photos.filter((photo) => photo.caption === null || photo.caption === '')).toHaveLength(1);
    // nothing is published by an import
    expect(imported.publishedAt).toBeNull();
    const published = await app.http().get('/api/articles').query({ 'filters[documentId][$eq]': result.article.documentId });
    expect(published.body.data).toHaveLength(0);
  });
});

describe('a new page', () => {
  let dryRun: Json;

  it('dry run: parsed blocks, credit lines as they will print, photographers matched or new, figures, and nothing written', async () => {
    const before = await footprint();
    const response = await send({}, [page(NEW_PAGE, 'contest.txt')]);
    expect(response.status).toBe(200);
    dryRun = response.body.data;
    expect(dryRun.dryRun).toBe(true);
    expect(dryRun.encoding).toBe('utf-8');
    expect(dryRun.article).toMatchObject({ documentId: null, title: '全市职工技能大赛落幕', kicker: '劳动竞赛', subtitle: '——412家企业参赛 决出技术能手40名', created: true });
    expect(dryRun.article.summary).toBe('本次大赛共举办22场次比赛,吸引4.7万余人次参与,拨付奖励资金13.3万元。');
    const photos = (dryRun.blocks as Json[]).filter((block) => block.kind === 'photo');
    expect(photos.map((photo) => [photo.caption, photo.creditLine])).toEqual([
      ['决赛现场。', '■ 摄影 记者 陈文骁'],
      ['选手在操作数控机床。', '■ 摄影 通讯员 新人甲'],
      ['颁奖仪式。', '■ 特约摄影 新人甲'],
      ['往届比赛。', '资料图片'],
      ['技能展示。', '■ 市总工会供图'],
    ]);
    expect(dryRun.photographers.map((person: Json) => [person.name, person.match])).toEqual([
      ['陈文骁', 'existing'],
      ['新人甲', 'new'],
    ]);
    expect(dryRun.figures.map((figure: Json) => [figure.text, figure.value, figure.unit, figure.atLeast])).toEqual([
      ['22场次', 22, '场次', false],
      ['4.7万余人次', 47000, '人次', true],
      ['13.3万元', 133000, '元', false],
      ['12个', 12, '个', false],
      ['1300余名', 1300, '名', true],
    ]);
    // every photo block lacks an image: listed with its line
    expect((dryRun.warnings as Json[]).filter((warning) => warning.code === 'imageMissing').map((warning) => warning.line)).toEqual(
      photos.map((photo) => photo.line)
    );
    expect(await footprint()).toEqual(before);
  });

  it('confirm: one draft article, draft photos credited as printed, a new photographer created once', async () => {
    const before = await footprint();
    const response = await send({ dryRun: 'false' }, [page(NEW_PAGE, 'contest.txt')]);
    expect(response.status).toBe(201);
    const result = response.body.data as Json;
    expect(result.blocks).toEqual(dryRun.blocks.map((block: Json) => (block.photographer?.match === 'new' ? { ...block, photographer: { ...block.photographer, documentId: expect.any(String) } } : block)));
    const after = await footprint();
    expect(after.articles - before.articles).toBe(1);
    expect(after.photos - before.photos).toBe(5);
    expect(after.photographers - before.photographers).toBe(1);

    const article = await draftArticle(result.article.documentId);
    expect(article.publishedAt).toBeNull();
    const photos = (article.body as Json[]).filter((block) => block.__component === 'article.photo').map((block) => block.photo);
    expect(photos.map((photo) => [photo.creditRole, photo.creditName, photo.photographer?.name ?? null, photo.creditLine, photo.publishedAt])).toEqual([
      ['staffReporter', null, '陈文骁', '■ 摄影 记者 陈文骁', null],
      ['correspondent', null, '新人甲', '■ 摄影 通讯员 新人甲', null],
      ['contributingPhotographer', null, '新人甲', '■ 特约摄影 新人甲', null],
      ['filePhoto', null, null, '资料图片', null],
      ['provided', '市总工会', null, '■ 市总工会供图', null],
    ]);
    expect(photos.every((photo) => photo.image === null && photo.metadata.import.imageMissing === true)).toBe(true);
    const figures = (article.body as Json[]).find((block) => block.__component === 'article.figures') as Json;
    expect(figures.items.map((item: Json) => [item.printed, Number(item.value), item.unit, item.atLeast])).toEqual(
      dryRun.figures.map((figure: Json) => [figure.text, figure.value, figure.unit, figure.atLeast])
    );
    expect(figures.items[0].sentence).toBe('本次大赛共举办22场次比赛,吸引4.7万余人次参与,拨付奖励资金13.3万元。');
  });

  it('importing the same page again updates its drafts and duplicates nothing', async () => {
    const before = await footprint();
    const first = await send({ dryRun: 'true' }, [page(NEW_PAGE, 'contest.txt')]);
    expect(first.body.data.article.created).toBe(false);
    const again = await send({ dryRun: 'false' }, [page(NEW_PAGE, 'again.txt')]);
    expect(again.status).toBe(201);
    expect(again.body.data.article.created).toBe(false);
    expect(again.body.data.photographers.map((person: Json) => person.match)).toEqual(['existing', 'existing']);
    expect(await footprint()).toEqual(before);
  });

  it('a page named by sourceId is updated when its text changes', async () => {
    const first = await send({ dryRun: 'false', sourceId: 'contest-2026' }, [page(NEW_PAGE)]);
    const before = await footprint();
    const edited = NEW_PAGE.replace('全市职工技能大赛落幕', '全市职工技能大赛圆满落幕');
    const second = await send({ dryRun: 'false', sourceId: 'contest-2026' }, [page(edited)]);
    expect(second.status).toBe(201);
    expect(second.body.data.article.documentId).toBe(first.body.data.article.documentId);
    expect(second.body.data.photos.map((photo: Json) => photo.documentId)).toEqual(first.body.data.photos.map((photo: Json) => photo.documentId));
    expect(await footprint()).toEqual(before);
    expect((await draftArticle(first.body.data.article.documentId)).title).toBe('全市职工技能大赛圆满落幕');
  });
});

describe('warnings and names', () => {
  it('a page with warnings (a caption without credit) still goes through the dry run and lists them with their lines', async () => {
    const text = ['# 送温暖', '', '正文。', '', '图1 慰问现场。', '', '结尾。'].join('\n');
    const response = await send({}, [page(text)]);
    expect(response.status).toBe(200);
    expect(response.body.data.warnings).toEqual([expect.objectContaining({ code: 'captionWithoutCredit', line: 5 })]);
  });

  it('a photographer is matched by the English name in any case, and the credit prints with the record\'s name', async () => {
    const chen = (await app.strapi.documents('api::photographer.photographer').findFirst({ filters: { name: '陈文骁' } } as never)) as Json;
    expect(chen.nameEn).toBeTruthy();
    const response = await send({}, [page(`# 标题\n\n正文。\n\n现场。\n■ 摄影 记者 ${String(chen.nameEn).toUpperCase()}`)]);
    expect(response.body.data.photographers).toEqual([
      { name: String(chen.nameEn).toUpperCase(), match: 'existing', documentId: chen.documentId, recordName: '陈文骁', recordNameEn: chen.nameEn },
    ]);
    expect(response.body.data.photos[0].creditLine).toBe('■ 摄影 记者 陈文骁');
  });

  it('the print edition and source, when given, are stored, and the paper\'s date becomes the publish date', async () => {
    const response = await send({ dryRun: 'false', source: '淮北工人报', printDate: '2020-04-30', printPage: '3', printPageName: '要闻' }, [page('# 见报稿\n\n正文。')]);
    expect(response.status).toBe(201);
    const article = (await app.strapi.documents('api::article.article').findOne({
      documentId: response.body.data.article.documentId,
      locale: 'zh-Hans',
      status: 'draft',
      populate: { printEdition: true },
    } as never)) as Json;
    expect(article.source).toBe('淮北工人报');
    expect(article.printEdition).toMatchObject({ date: '2020-04-30', page: '3', pageName: '要闻' });
    // midnight in China
    expect(new Date(article.publishDate).toISOString()).toBe('2020-04-29T16:00:00.000Z');
    const bad = await send({ printDate: '2020-02-30' }, [page('# 见报稿')]);
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors[0].path).toEqual(['printDate']);
  });

  it('an English import is written in that locale', async () => {
    const response = await send({ dryRun: 'false', locale: 'en' }, [page('# Workers\' skills contest ends\n\nSome 412 companies took part.')]);
    expect(response.status).toBe(201);
    const english = await app.strapi.documents('api::article.article').findOne({ documentId: response.body.data.article.documentId, locale: 'en', status: 'draft' } as never);
    expect((english as Json).title).toBe("Workers' skills contest ends");
    const unknown = await send({ locale: 'xx' }, [page('# 标题')]);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.code).toBe('unknownLocale');
  });
});

describe('images', () => {
  const TWO_PHOTOS = ['# 送清凉进工地', '', '高温下的慰问。', '', '工地现场。', '■ 摄影 记者 陈文骁', '', '慰问品发放。', '■ 摄影 通讯员 徐度晓'].join('\n');

  it('a text page with images: each photo gets its image, and the credit typed in the page wins over the file\'s', async () => {
    const first = await creditedJpeg({ caption: '文件里的说明', byline: '文件里的人', bylineTitle: '记者' });
    const second = await plainJpeg();
    const response = await send({ dryRun: 'false' }, [
      page(TWO_PHOTOS),
      { field: 'images', data: first, name: 'a.jpg' },
      { field: 'images', data: second, name: 'b.jpg' },
    ]);
    expect(response.status).toBe(201);
    const article = await draftArticle(response.body.data.article.documentId);
    const photos = (article.body as Json[]).filter((block) => block.__component === 'article.photo').map((block) => block.photo);
    expect(photos.map((photo) => [photo.image?.name, photo.caption, photo.photographer?.name, photo.creditLine])).toEqual([
      ['a.jpg', '工地现场。', '陈文骁', '■ 摄影 记者 陈文骁'],
      ['b.jpg', '慰问品发放。', '徐度晓', '■ 摄影 通讯员 徐度晓'],
    ]);
    // the file's own byline created no photographer
    expect(await app.strapi.db.query('api::photographer.photographer').count({ where: { name: '文件里的人' } })).toBe(0);
  });

  it('images from a zip, matched by the 图N hint in a caption', async () => {
    const zip = new JSZip();
    zip.file('photos/1.jpg', await plainJpeg(300, 200, '#123'));
    zip.file('photos/2.jpg', await plainJpeg(200, 300, '#456'));
    const text = ['# 金秋助学', '', '助学金发放。', '', '图2 学生代表发言。', '■ 摄影 记者 陈文骁', '', '图1 现场。', '■ 摄影 记者 万善朝'].join('\n');
    const response = await send({ dryRun: 'false' }, [page(text), { field: 'images', data: await zip.generateAsync({ type: 'nodebuffer' }), name: 'photos.zip' }]);
    expect(response.status).toBe(201);
    const article = await draftArticle(response.body.data.article.documentId);
    const photos = (article.body as Json[]).filter((block) => block.__component === 'article.photo').map((block) => block.photo);
    expect(photos.map((photo) => [photo.image?.width, photo.image?.height])).toEqual([
      [200, 300],
      [300, 200],
    ]);
  });

  it('a failure after an image was stored leaves 0 rows and 0 files', async () => {
    const titleLimit = (app.strapi.contentType('api::article.article').attributes as Json).title.maxLength as number;
    const text = TWO_PHOTOS.replace('# 送清凉进工地', `# ${'长'.repeat(titleLimit + 1)}`).replace('徐度晓', '从未见过的人');
    const before = await footprint();
    const response = await send({ dryRun: 'false' }, [page(text), { field: 'images', data: await plainJpeg(), name: 'a.jpg' }, { field: 'images', data: await plainJpeg(), name: 'b.jpg' }]);
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('ValidationError');
    expect(await footprint()).toEqual(before);
  });
});

describe('bad input: a clear 400 and nothing left behind', () => {
  /** `code`: what details.code (or the first problem's path, for form fields) must be; null to check it apart */
  const expectRefused = async (request: ReturnType<typeof send>, code: string | null, status = 400) => {
    const before = await footprint();
    const response = await request;
    expect(response.status).toBe(status);
    expect(response.body.data).toBeNull();
    expect(response.body.error.name).toBe(status === 403 ? 'ForbiddenError' : 'ValidationError');
    if (status === 400 && code !== null) expect(response.body.error.details.code ?? response.body.error.details.errors?.[0]?.path?.[0]).toBe(code);
    expect(await footprint()).toEqual(before);
    return response.body.error;
  };

  it('an empty file', () => expectRefused(send({ dryRun: 'false' }, [page('')]), 'emptyFile'));
  it('a binary file', () => expectRefused(send({ dryRun: 'false' }, [{ field: 'file', data: Buffer.from([0, 1, 2, 255, 0, 7, 8, 0]), name: 'page.txt' }]), 'notText'));
  it('no headline', async () => {
    const error = await expectRefused(send({ dryRun: 'false' }, [page('## 副题\n正文')]), 'noHeadline');
    expect(error.details.expected).toMatch(/#/);
  });
  it('a credit line with an unknown role names its line', async () => {
    const error = await expectRefused(send({ dryRun: 'false' }, [page('# 标题\n\n正文。\n\n图片说明。\n■ 美编 张三')]), 'unknownCreditRole');
    expect(error.details.line).toBe(6);
    expect(error.message).toMatch(/6/);
  });
  it('a file over the size limit', async () => {
    process.env.IMPORT_SIZE_LIMIT = '1000';
    try {
      await expectRefused(send({ dryRun: 'false' }, [page(`# 标题\n\n${'字'.repeat(400)}`)]), 'fileTooLarge');
    } finally {
      delete process.env.IMPORT_SIZE_LIMIT;
    }
  });
  it('a zip with path traversal', async () => {
    const zip = new JSZip();
    zip.file('../../evil.jpg', await plainJpeg());
    await expectRefused(
      send({ dryRun: 'false' }, [page('# 标题\n\n说明。\n■ 摄影 记者 陈文骁'), { field: 'images', data: await zip.generateAsync({ type: 'nodebuffer' }), name: 'evil.zip' }]),
      'unsafeArchivePath'
    );
  });
  it('more images than photo blocks', async () => {
    const image = await plainJpeg();
    await expectRefused(
      send({ dryRun: 'false' }, [page('# 标题\n\n说明。\n■ 摄影 记者 陈文骁'), { field: 'images', data: image, name: 'a.jpg' }, { field: 'images', data: image, name: 'b.jpg' }]),
      'tooManyImages'
    );
  });
  it('an image that is not one: the upload checks every image of a page', async () => {
    const error = await expectRefused(
      send({ dryRun: 'false' }, [page('# 标题\n\n说明。\n■ 摄影 记者 陈文骁'), { field: 'images', data: Buffer.from('<html></html>'), name: 'a.jpg' }]),
      null
    );
    expect(error.details.reason).toBe('notAnImage');
  });
  it('an unknown form field', () => expectRefused(send({ dryRun: 'false', publish: 'true' }, [page('# 标题')]), 'publish'));
  it('no page file', () => expectRefused(send({ dryRun: 'false' }, []), 'noFile'));
  it('without a token: 403, and nothing written', () => expectRefused(send({ dryRun: 'false' }, [page('# 标题')], null), '', 403));

  it('a GBK text file is detected, decoded and says so', async () => {
    const text = '# 职工书屋\n\n扶持命名20家市级职工书屋。';
    // GBK bytes of the text, from Node's own decoder tables: encode by searching the two-byte space once
    const decoder = new TextDecoder('gbk');
    const table = new Map<string, number[]>();
    for (let lead = 0x81; lead <= 0xfe; lead += 1) {
      for (let trail = 0x40; trail <= 0xfe; trail += 1) {
        const char = decoder.decode(Uint8Array.of(lead, trail));
        if (char.length === 1 && !table.has(char)) table.set(char, [lead, trail]);
      }
    }
    const bytes = [...text].flatMap((char) => (char.charCodeAt(0) < 0x80 ? [char.charCodeAt(0)] : (table.get(char) as number[])));
    const response = await send({}, [{ field: 'file', data: Buffer.from(bytes), name: 'gbk.txt' }]);
    expect(response.status).toBe(200);
    expect(response.body.data.encoding).toBe('gbk');
    expect(response.body.data.article.title).toBe('职工书屋');
    expect(response.body.data.figures.map((figure: Json) => figure.text)).toEqual(['20家']);
  });
});
