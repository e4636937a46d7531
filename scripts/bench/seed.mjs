// Bulk seed for the benchmark: N articles, each with its own cover photo (an image file row with formats, a
// photographer's credit), a category and a campaign, and N activities with a photo and a campaign, written in one
// transaction of knex inserts. The rows are the ones Strapi's document service writes (checked against it:
// a draft and a published row per document and locale, relation rows for each, ord columns, the upload plugin's
// morph rows), so everything reads back through REST and GraphQL; `scripts/bench/reads.mjs` checks that it does.
// Rows are written by attribute name: tables, columns, join tables and their order columns come from Strapi's
// metadata through the read-path names module (dist/src/read-path/names.js, built by compileStrapi).
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

// the credit roles and credit lines are the plugin's (built by `npm run build:local`, which `npm run bench` runs)
const { CREDIT_ROLES, formatCreditLine } = createRequire(import.meta.url)('#newsroom-media');

const LOCALE = 'zh-Hans';
const PHOTOGRAPHERS = 20;
const CATEGORIES = 8;
const CAMPAIGNS = 20;
const KINDS = ['heatRelief', 'visitsAndRelief', 'healthChecks', 'studentAid', 'skillsTraining', 'lectures', 'contests', 'culturalEvents', 'other'];
// the roles that credit a photographer by name
const ROLES = CREDIT_ROLES.filter((role) => role !== 'provided' && role !== 'filePhoto');
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';

const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
// a letter first, as Strapi's own: the document service reads a relation given as "30az…" as the numeric id 30
export const documentId = () => Array.from(randomBytes(24), (byte, i) => alphabet[byte % (i === 0 ? 26 : 36)]).join('');

const formatsOf = (hash) =>
  Object.fromEntries(
    [['thumbnail', 234, 156], ['small', 500, 333], ['medium', 750, 500], ['large', 1000, 667]].map(([name, width, height]) => [
      name,
      { name: `${name}_${hash}.jpg`, hash: `${name}_${hash}`, ext: '.jpg', mime: 'image/jpeg', path: null, width, height,
        size: Number((width * height * 0.00012).toFixed(2)), sizeInBytes: Math.round(width * height * 0.12), url: `/uploads/${name}_${hash}.jpg` },
    ])
  );

/** Seeds `articles` articles and as many activities; returns documents per second for the whole write. */
export const bulkSeed = async (strapi, { articles }) => {
  const knex = strapi.db.connection;
  const postgres = strapi.db.dialect.client === 'postgres';
  const at = (ms) => (postgres ? new Date(ms) : ms); // datetime columns: Date for pg, epoch ms for SQLite (as Strapi stores them)
  const json = (value) => JSON.stringify(value);
  const now = Date.now();
  const start = performance.now();

  const names = createRequire(import.meta.url)(path.join(strapi.dirs.dist.src, 'read-path/names.js'));
  const entities = new Map();
  const entity = (uid) => {
    if (!entities.has(uid)) entities.set(uid, names.entityOf(strapi, uid));
    return entities.get(uid);
  };
  /** a relation's join table and its order columns: `order` ranks the owner's targets, `inverseOrder` the target's owners */
  const linkOf = (uid, attribute) => {
    const { joinTable } = names.modelOf(strapi, uid).attributes[attribute];
    return { ...entity(uid).link(attribute), order: joinTable.orderColumnName, inverseOrder: joinTable.inverseOrderColumnName };
  };
  const linkRow = (link, from, to, orders = {}) => {
    const row = { [link.from]: from, [link.to]: to };
    for (const [key, value] of Object.entries(orders)) {
      if (!link[key]) throw new Error(`bench seed: ${link.table} has no ${key} column in Strapi's metadata`);
      row[link[key]] = value;
    }
    return row;
  };
  const ARTICLE = 'api::article.article';
  const ACTIVITY = 'api::activity.activity';
  const PHOTO = 'api::photo.photo';

  await knex.transaction(async (trx) => {
    const nextIds = {};
    /** rows keyed by column into `table`, with ids from its current maximum on */
    const insertRows = async (table, rows) => {
      const id = names.idColumnOf(strapi, table);
      if (nextIds[table] === undefined) {
        const [{ max }] = await trx(table).max({ max: id });
        nextIds[table] = Number(max ?? 0) + 1;
      }
      const ids = [];
      for (const row of rows) {
        row[id] = nextIds[table];
        nextIds[table] += 1;
        ids.push(row[id]);
      }
      for (let offset = 0; offset < rows.length; offset += 400) await trx(table).insert(rows.slice(offset, offset + 400));
      return ids;
    };
    /** rows of `uid` keyed by attribute */
    const insert = (uid, rows) =>
      insertRows(entity(uid).table, rows.map((row) => Object.fromEntries(Object.entries(row).map(([attribute, value]) => [entity(uid).column(attribute), value]))));
    const stamps = (published) => ({ createdAt: at(now), updatedAt: at(now), publishedAt: published ? at(now) : null });
    /** A draft and a published row per document, as draft & publish stores them: [[draftId, publishedId], …] */
    const both = async (uid, make, count) => {
      const rows = [];
      for (let i = 0; i < count; i += 1) {
        const row = { documentId: documentId(), ...make(i), locale: LOCALE };
        rows.push({ ...row, ...stamps(false) }, { ...row, ...stamps(true) });
      }
      const ids = await insert(uid, rows);
      return Array.from({ length: count }, (_, i) => [ids[2 * i], ids[2 * i + 1]]);
    };
    /** `ord` columns count a target's links in creation order, per target row */
    const counter = () => {
      const seen = new Map();
      return (key) => {
        const next = (seen.get(key) ?? 0) + 1;
        seen.set(key, next);
        return next;
      };
    };

    const photographers = Array.from({ length: PHOTOGRAPHERS }, (_, i) => ({
      documentId: documentId(), name: `${SURNAMES[i % SURNAMES.length]}摄影${i}`, nameEn: `Photographer ${i}`, slug: `she-ying-${i}`,
      defaultRole: ROLES[i % ROLES.length], bio: null, ...stamps(true), locale: null,
    }));
    // (insert maps a copy: the attribute-keyed rows stay readable below)
    const photographerIds = await insert('api::photographer.photographer', photographers);
    const categoryIds = await insert('api::category.category', Array.from({ length: CATEGORIES }, (_, i) => ({
      documentId: documentId(), name: `栏目${i}`, nameEn: `Section ${i}`, slug: `lan-mu-${i}`, description: null, ...stamps(true), locale: null,
    })));
    const campaignIds = await both('api::campaign.campaign', (i) => ({
      name: `专题${i}`, slug: `zhuan-ti-${i}`, slogan: `口号${i}`, description: null, startDate: `${2015 + (i % 10)}-03-01`, endDate: null, year: 2015 + (i % 10),
    }), CAMPAIGNS);

    const files = Array.from({ length: articles }, (_, i) => {
      const hash = `photo_${i}_${randomBytes(5).toString('hex')}`;
      return {
        documentId: documentId(), name: `photo-${i}.jpg`, alternativeText: null, caption: null, focalPoint: null, width: 3000, height: 2000,
        formats: json(formatsOf(hash)), hash, ext: '.jpg', mime: 'image/jpeg', size: 812.5, url: `/uploads/${hash}.jpg`, previewUrl: null,
        provider: 'local', provider_metadata: null, folderPath: '/', ...stamps(true), locale: null,
      };
    });
    const fileIds = await insert('plugin::upload.file', files);
    const photoIds = await both(PHOTO, (i) => {
      const photographer = photographers[i % PHOTOGRAPHERS];
      const creditLine = formatCreditLine({ creditRole: photographer.defaultRole, photographer: { name: photographer.name } }, LOCALE);
      return {
        caption: `第 ${i} 张新闻图片的说明`, altText: `图片 ${i}`, creditRole: photographer.defaultRole, creditName: null, creditLine,
        structuredData: json({ '@context': 'https://schema.org', '@type': 'ImageObject', contentUrl: files[i].url, width: 3000, height: 2000,
          caption: `第 ${i} 张新闻图片的说明`, inLanguage: LOCALE, creator: { '@type': 'Person', name: photographer.name }, creditText: creditLine }),
        takenAt: null, location: null, copyrightNotice: null, usageTerms: null, metadata: null,
      };
    }, articles);
    const image = entity(PHOTO).media('image');
    await insertRows(image.table, photoIds.flatMap((pair, i) =>
      pair.map((photoId) => ({ [image.file]: fileIds[i], [image.relatedId]: photoId, [image.relatedType]: image.relatedTypeValue, [image.field]: image.fieldValue, [image.order]: 1 }))));
    const byPhotographer = counter();
    const photoPhotographer = linkOf(PHOTO, 'photographer');
    await insertRows(photoPhotographer.table, photoIds.flatMap((pair, i) =>
      pair.map((photoId) => linkRow(photoPhotographer, photoId, photographerIds[i % PHOTOGRAPHERS], { inverseOrder: byPhotographer(photographerIds[i % PHOTOGRAPHERS]) }))));

    const hour = 3600_000;
    const first = Date.UTC(2015, 0, 1);
    const articleIds = await both(ARTICLE, (i) => ({
      title: `文章标题 ${i}`, kicker: null, subtitle: null, slug: `wen-zhang-${i}`, summary: `第 ${i} 篇文章的摘要，职工服务与工会动态。`, source: null,
      publishDate: at(first + i * hour), scheduledPublishAt: null, scheduledUnpublishAt: null,
    }), articles);
    const byCategory = counter();
    const byArticleCampaign = counter();
    // a draft links to the target's draft row, a published row to its published row (targets with draft & publish)
    const cover = linkOf(ARTICLE, 'cover');
    await insertRows(cover.table, articleIds.flatMap((pair, i) => pair.map((articleId, v) => linkRow(cover, articleId, photoIds[i][v], { inverseOrder: 1 }))));
    const category = linkOf(ARTICLE, 'category');
    await insertRows(category.table, articleIds.flatMap((pair, i) =>
      pair.map((articleId) => linkRow(category, articleId, categoryIds[i % CATEGORIES], { inverseOrder: byCategory(categoryIds[i % CATEGORIES]) }))));
    const articleCampaigns = linkOf(ARTICLE, 'campaigns');
    await insertRows(articleCampaigns.table, articleIds.flatMap((pair, i) =>
      pair.map((articleId, v) => {
        const campaignId = campaignIds[i % CAMPAIGNS][v];
        return linkRow(articleCampaigns, articleId, campaignId, { order: 1, inverseOrder: byArticleCampaign(campaignId) });
      })));

    const day = 24 * hour;
    const activityIds = await both(ACTIVITY, (i) => ({
      title: `活动 ${i}`, slug: `huo-dong-${i}`, kind: KINDS[i % KINDS.length], summary: `第 ${i} 项活动`, description: null,
      startDate: new Date(first + (i % 3650) * day).toISOString().slice(0, 10), endDate: null,
      fundsAmount: (i % 1000) * 100.5, beneficiaries: i % 300, participants: i % 50, scheduledPublishAt: null, scheduledUnpublishAt: null,
    }), articles);
    const activityPhotos = linkOf(ACTIVITY, 'photos');
    await insertRows(activityPhotos.table, activityIds.flatMap((pair, i) => pair.map((activityId, v) => linkRow(activityPhotos, activityId, photoIds[i][v], { order: 1, inverseOrder: 1 }))));
    const byActivityCampaign = counter();
    const activityCampaign = linkOf(ACTIVITY, 'campaign');
    await insertRows(activityCampaign.table, activityIds.flatMap((pair, i) =>
      pair.map((activityId, v) => {
        const campaignId = campaignIds[i % CAMPAIGNS][v];
        return linkRow(activityCampaign, activityId, campaignId, { inverseOrder: byActivityCampaign(campaignId) });
      })));

    if (postgres) {
      for (const table of Object.keys(nextIds)) {
        const id = names.idColumnOf(strapi, table);
        await trx.raw(`SELECT setval(pg_get_serial_sequence(?, ?), (SELECT MAX(??) FROM ??))`, [table, id, id, table]);
      }
    }
  });
  await knex.raw('ANALYZE'); // fresh statistics, as a database that grew over time would have

  const seconds = (performance.now() - start) / 1000;
  // documents: articles, photos, files, activities (+ the few photographers, categories, campaigns)
  const documents = articles * 4 + PHOTOGRAPHERS + CATEGORIES + CAMPAIGNS;
  return { documents, seconds: Number(seconds.toFixed(2)), docsPerSecond: Math.round(documents / seconds) };
};
