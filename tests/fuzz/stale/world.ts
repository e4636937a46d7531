/**
 * The stale-read checker's writes: what the program knows of the content it made (documentIds, locales, whether
 * each locale is published, slugs, uploaded files), and every kind of write it makes, each through the admin
 * Content Manager API (admin JWT) or REST (API token) as a step's choices say. A write is one or more requests,
 * each awaited (acknowledged) before the next; a refused one (4xx) is counted and changes nothing here.
 */

import { cm, type Answer, type Call, type Json } from '../../helpers/cluster-http';
import { creditedJpeg, plainJpeg } from '../../helpers/images';

export const LOCALES = ['zh-Hans', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const ARTICLE = 'api::article.article';
export const ACTIVITY = 'api::activity.activity';
export const CAMPAIGN = 'api::campaign.campaign';
export const PHOTO = 'api::photo.photo';
export const CATEGORY = 'api::category.category';
export const TAG = 'api::tag.tag';
export const ORGANIZATION = 'api::organization.organization';
export const PHOTOGRAPHER = 'api::photographer.photographer';

/** Draft-and-publish, localized types, by their REST collection name. */
export const LOCALIZED = { [ARTICLE]: 'articles', [ACTIVITY]: 'activities', [CAMPAIGN]: 'campaigns', [PHOTO]: 'photos' } as const;
/** Neither localized nor draft-and-publish. */
export const PLAIN = { [CATEGORY]: 'categories', [TAG]: 'tags', [ORGANIZATION]: 'organizations', [PHOTOGRAPHER]: 'photographers' } as const;
export type LocalizedUid = keyof typeof LOCALIZED;
export type PlainUid = keyof typeof PLAIN;

export interface Variant {
  published: boolean;
  slug?: string;
}

export interface LocalizedDoc {
  uid: LocalizedUid;
  documentId: string;
  locales: Partial<Record<Locale, Variant>>;
}

export interface PlainDoc {
  uid: PlainUid;
  documentId: string;
  slug?: string;
}

/** The random choices of one step, resolved against what exists when the step runs. */
export interface Choices {
  /** REST with the API token, else the Content Manager with the admin JWT */
  rest: boolean;
  picks: number[];
  bits: number;
  /** the write is about what the last one touched, when it applies (a document's next change, a file just set) */
  followUp: boolean;
}

/** What a write was about, for the reads that follow it. */
export interface Touched {
  doc?: LocalizedDoc | PlainDoc;
  locale?: Locale;
  file?: number;
}

export type WriteKind =
  | 'create'
  | 'create draft'
  | 'locale variant'
  | 'draft save'
  | 'published change'
  | 'publish'
  | 'unpublish'
  | 'discard draft'
  | 'delete'
  | 'delete locale'
  | 'relations'
  | 'cover and photos'
  | 'photo photographer'
  | 'photo image replaced'
  | 'file info'
  | 'photographer rename'
  | 'photo submission'
  | 'plain edit'
  | 'plain create';

export const WRITE_KINDS: Array<{ kind: WriteKind; weight: number }> = [
  { kind: 'create', weight: 6 },
  { kind: 'create draft', weight: 3 },
  { kind: 'locale variant', weight: 4 },
  { kind: 'draft save', weight: 10 },
  { kind: 'published change', weight: 10 },
  { kind: 'publish', weight: 8 },
  { kind: 'unpublish', weight: 5 },
  { kind: 'discard draft', weight: 3 },
  { kind: 'delete', weight: 3 },
  { kind: 'delete locale', weight: 2 },
  { kind: 'relations', weight: 10 },
  { kind: 'cover and photos', weight: 6 },
  { kind: 'photo photographer', weight: 4 },
  { kind: 'photo image replaced', weight: 3 },
  { kind: 'file info', weight: 4 },
  { kind: 'photographer rename', weight: 4 },
  { kind: 'photo submission', weight: 3 },
  { kind: 'plain edit', weight: 4 },
  { kind: 'plain create', weight: 1 },
];

/** What a write did: its requests (method, path) and whether the server accepted them all. */
export interface WriteRecord {
  step: number;
  kind: WriteKind;
  via: 'rest' | 'cm' | 'upload' | 'submission';
  description: string;
  accepted: boolean;
}

const ACTIVITY_KINDS = ['heatRelief', 'visitsAndRelief', 'healthChecks', 'studentAid', 'skillsTraining', 'other'];
const CREDIT_ROLES = ['staffReporter', 'correspondent', 'contributingPhotographer', 'provided', 'filePhoto'];
const ORGANIZATION_KINDS = ['federation', 'districtUnion', 'industryUnion', 'grassrootsUnion', 'enterprise'];
const DISTRICTS = ['相山区', '杜集区', '烈山区', '濉溪县'];

/** Picks the n-th of a list, cycling; undefined for an empty one. */
const nth = <T>(items: readonly T[], n: number | undefined): T | undefined => (items.length === 0 ? undefined : items[(n ?? 0) % items.length]);

/** A few distinct items picked by a number's bits (none, one or more). */
const someOf = <T>(items: readonly T[], n: number, most = 3): T[] => {
  const chosen: T[] = [];
  for (let i = 0; i < items.length && chosen.length < most; i += 1) if ((n >> i) & 1) chosen.push(items[(i + n) % items.length]);
  return [...new Set(chosen)];
};

const dateOf = (n: number): string => new Date(Date.UTC(2020, 0, 1) + (n % 1500) * 86400000).toISOString().slice(0, 10);

export class World {
  readonly localized: LocalizedDoc[] = [];
  readonly plain: PlainDoc[] = [];
  readonly files: number[] = [];
  /** the photographer's submissions made so far (each one a draft photo in `localized`) */
  submissions = 0;
  /** what the last write was about */
  touched: Touched = {};
  /** each photo variant's image and photographer as last written (`documentId:locale`) */
  private readonly photoLinks = new Map<string, { file?: number; photographer?: string | null }>();
  /** feed pages that cursors (`meta.nextCursor`) seen in uncached answers lead to (paths, at most 50) */
  readonly cursors: string[] = [];

  constructor(
    private readonly call: Call<'a' | 'b' | 'oracle'>,
    private readonly accounts: { adminJwt: string; apiToken: string; photographerJwt: string },
    /** where the writes go: a or b, per write */
    private readonly writer: () => 'a' | 'b'
  ) {}

  docs(uid: LocalizedUid, locale?: Locale, published?: boolean): LocalizedDoc[] {
    return this.localized.filter(
      (doc) => doc.uid === uid && (locale === undefined || (doc.locales[locale] !== undefined && (published === undefined || doc.locales[locale]?.published === published)))
    );
  }

  plainDocs(uid: PlainUid): PlainDoc[] {
    return this.plain.filter((doc) => doc.uid === uid);
  }

  /** Slugs of the published variants of a type in a locale. */
  slugs(uid: LocalizedUid, locale: Locale): string[] {
    return this.docs(uid, locale, true).flatMap((doc) => (doc.locales[locale]?.slug ? [doc.locales[locale]?.slug as string] : []));
  }

  private async send(path: string, init: Parameters<Call<'a'>>[2]): Promise<Answer> {
    return this.call(this.writer(), path, init);
  }

  private rest(method: string, path: string, json?: unknown) {
    return this.send(path, { method, auth: this.accounts.apiToken, json });
  }

  private admin(method: string, path: string, json?: unknown) {
    return this.send(path, { method, auth: this.accounts.adminJwt, json });
  }

  /** Uploads a new image through the upload API; its id, or undefined when refused. */
  async upload(n: number): Promise<number | undefined> {
    const form = new FormData();
    const colors = ['#2a6', '#a26', '#26a', '#aa2', '#6a2'];
    const jpeg = await plainJpeg(64 + (n % 5) * 8, 48, colors[n % colors.length]);
    form.append('files', new Blob([jpeg], { type: 'image/jpeg' }), `image-${n}.jpg`);
    form.append('fileInfo', JSON.stringify({ caption: `图片说明 ${n}`, alternativeText: `替代文字 ${n}` }));
    const answer = await this.send('/api/upload', { method: 'POST', auth: this.accounts.apiToken, body: form });
    if (answer.status !== 201 && answer.status !== 200) return undefined;
    const id = (answer.body as unknown as Json[])[0]?.id as number | undefined;
    if (id !== undefined) this.files.push(id);
    return id;
  }

  /** Fields and relations for a new or changed document of a type, in a locale, from a step's numbers. */
  private dataOf(uid: LocalizedUid, locale: Locale, step: number, c: Choices, withRelations: boolean): Json {
    const [p0 = 0, p1 = 0, p2 = 0, p3 = 0] = c.picks;
    const en = locale === 'en';
    const data: Json = {};
    const photos = this.docs(PHOTO, locale).map((doc) => doc.documentId);
    const activities = this.docs(ACTIVITY, locale).map((doc) => doc.documentId);
    const campaigns = this.docs(CAMPAIGN, locale).map((doc) => doc.documentId);
    const organizations = this.plainDocs(ORGANIZATION).map((doc) => doc.documentId);
    if (uid === ARTICLE) {
      Object.assign(data, {
        title: en ? `Story ${step} ${p0 % 97}` : `稿件${step}号${p0 % 97}`,
        summary: en ? `Summary ${p1 % 1000}` : `摘要 ${p1 % 1000}`,
        kicker: p2 % 3 === 0 ? null : en ? `Kicker ${p2 % 50}` : `引题${p2 % 50}`,
        publishDate: new Date(Date.UTC(2024, 0, 1) + (p3 % 400) * 3600000 * 7).toISOString(),
      });
      if (withRelations) {
        Object.assign(data, this.articleRelations(locale, c));
        const photo = nth(photos, p1);
        if (photo && c.bits & 4) {
          data.body = [
            { __component: 'article.section', heading: en ? `Part ${p2 % 9}` : `第${p2 % 9}部分` },
            { __component: 'article.photo', photo, captionOverride: c.bits & 8 ? null : `图注 ${p3 % 30}` },
          ];
        }
      }
    } else if (uid === ACTIVITY) {
      Object.assign(data, {
        title: en ? `Activity ${step}` : `活动${step}号`,
        kind: nth(ACTIVITY_KINDS, p0),
        summary: `${p1 % 1000}`,
        startDate: dateOf(p2),
        fundsAmount: (p3 % 2000) * 50,
        beneficiaries: p1 % 300,
        participants: p2 % 80,
        locations: [{ name: nth(DISTRICTS, p3) }],
      });
      if (withRelations) {
        data.organizers = someOf(organizations, p1, 2);
        data.photos = someOf(photos, p2, 2);
        const campaign = c.bits & 2 ? nth(campaigns, p3) : undefined;
        data.campaign = campaign ?? null;
      }
    } else if (uid === CAMPAIGN) {
      Object.assign(data, {
        name: en ? `Campaign ${step}` : `专项${step}号`,
        slogan: `${p0 % 100}`,
        startDate: dateOf(p1),
        year: 2020 + (p2 % 6),
      });
      if (withRelations) {
        data.cover = nth(photos, p3) ?? null;
        data.leadOrganization = nth(organizations, p0) ?? null;
        data.activities = someOf(activities, p1, 2);
      }
    } else {
      Object.assign(data, {
        caption: en ? `Caption ${step}` : `图说${step}`,
        altText: `${p0 % 100}`,
        creditRole: nth(CREDIT_ROLES, p1),
      });
      if (withRelations) {
        const file = nth(this.files, p2);
        if (file !== undefined) data.image = file;
        data.photographer = c.bits & 2 ? null : (nth(this.plainDocs(PHOTOGRAPHER), p3)?.documentId ?? null);
      }
    }
    return data;
  }

  private articleRelations(locale: Locale, c: Choices): Json {
    const [p0 = 0, p1 = 0, p2 = 0, p3 = 0] = c.picks;
    const photos = this.docs(PHOTO, locale).map((doc) => doc.documentId);
    return {
      category: c.bits & 1 ? null : (nth(this.plainDocs(CATEGORY), p0)?.documentId ?? null),
      tags: someOf(this.plainDocs(TAG).map((doc) => doc.documentId), p1),
      organizations: someOf(this.plainDocs(ORGANIZATION).map((doc) => doc.documentId), p2, 2),
      activities: someOf(this.docs(ACTIVITY, locale).map((doc) => doc.documentId), p3, 2),
      campaigns: someOf(this.docs(CAMPAIGN, locale).map((doc) => doc.documentId), p0 >> 3, 2),
      cover: c.bits & 2 ? null : (nth(photos, p2) ?? null),
      gallery: someOf(photos, p3 >> 2, 3),
    };
  }

  private variantOf(answer: Answer, published: boolean): Variant {
    const data = answer.body.data as Json | undefined;
    return { published, slug: typeof data?.slug === 'string' ? data.slug : undefined };
  }

  private restPath(uid: LocalizedUid | PlainUid, documentId?: string, query = ''): string {
    const name = uid in LOCALIZED ? LOCALIZED[uid as LocalizedUid] : PLAIN[uid as PlainUid];
    return `/api/${name}${documentId ? `/${documentId}` : ''}${query}`;
  }

  /** Publishes a locale through the Content Manager; the variant's slug as published. */
  private async publish(doc: LocalizedDoc, locale: Locale): Promise<Answer> {
    const answer = await this.admin('POST', cm(doc.uid, `/${doc.documentId}/actions/publish?locale=${locale}`), {});
    if (answer.status === 200) doc.locales[locale] = this.variantOf(answer, true);
    return answer;
  }

  private pickUid(n: number): LocalizedUid {
    return nth(Object.keys(LOCALIZED) as LocalizedUid[], n) as LocalizedUid;
  }

  /** Creates a document in zh-Hans; published unless `draft`. */
  async create(uid: LocalizedUid, step: number, c: Choices, draft: boolean): Promise<{ ok: boolean; via: 'rest' | 'cm'; what: string }> {
    const locale: Locale = 'zh-Hans';
    const data = this.dataOf(uid, locale, step, c, true);
    if (uid === PHOTO && data.image === undefined) return { ok: false, via: 'rest', what: 'no file to show' };
    let answer: Answer;
    if (c.rest) {
      answer = await this.rest('POST', this.restPath(uid, undefined, draft ? '?status=draft' : ''), { data });
    } else {
      answer = await this.admin('POST', cm(uid, `${draft ? '' : '/actions/publish'}?locale=${locale}`), data);
    }
    const ok = answer.status === 200 || answer.status === 201;
    if (ok) {
      const documentId = (answer.body.data as Json).documentId as string;
      const doc: LocalizedDoc = { uid, documentId, locales: { [locale]: this.variantOf(answer, !draft) } };
      this.localized.push(doc);
      this.touched = { doc, locale };
      this.notePhoto(doc, locale, data);
    }
    return { ok, via: c.rest ? 'rest' : 'cm', what: `${uid} ${answer.status}` };
  }

  /** Remembers the image and photographer a photo variant was given. */
  private notePhoto(doc: LocalizedDoc, locale: Locale, data: Json): void {
    if (doc.uid !== PHOTO) return;
    const key = `${doc.documentId}:${locale}`;
    const links = { ...this.photoLinks.get(key) };
    if (typeof data.image === 'number') links.file = data.image;
    if (data.photographer !== undefined) links.photographer = data.photographer as string | null;
    this.photoLinks.set(key, links);
  }

  /** The image or photographer of the photo the last write was about. */
  private touchedPhoto(): { file?: number; photographer?: string | null } | undefined {
    const { doc, locale } = this.touched;
    return doc && 'locales' in doc && doc.uid === PHOTO && locale ? this.photoLinks.get(`${doc.documentId}:${locale}`) : undefined;
  }

  /** Adds the locale a document lacks: REST publishes it, the Content Manager saves a draft (published too on bit 0). */
  async translate(doc: LocalizedDoc, step: number, c: Choices): Promise<{ ok: boolean; via: 'rest' | 'cm'; what: string }> {
    const target: Locale = doc.locales.en ? 'zh-Hans' : 'en';
    const data = this.dataOf(doc.uid, target, step, c, true);
    if (doc.uid === PHOTO && data.image === undefined) return { ok: false, via: 'rest', what: 'no file' };
    const ok = (answer: Answer) => answer.status >= 200 && answer.status < 300;
    const what = (answer: Answer) => `${doc.uid} ${doc.documentId} ${target} ${answer.status}`;
    if (c.rest) {
      const answer = await this.rest('PUT', this.restPath(doc.uid, doc.documentId, `?locale=${target}`), { data });
      if (ok(answer)) doc.locales[target] = this.variantOf(answer, true);
      if (ok(answer)) this.notePhoto(doc, target, data);
      return { ok: ok(answer), via: 'rest', what: what(answer) };
    }
    const answer = await this.admin('PUT', cm(doc.uid, `/${doc.documentId}?locale=${target}`), data);
    if (ok(answer)) doc.locales[target] = this.variantOf(answer, false);
    if (ok(answer)) this.notePhoto(doc, target, data);
    if (ok(answer) && c.bits & 1) await this.publish(doc, target);
    return { ok: ok(answer), via: 'cm', what: what(answer) };
  }

  async write(kind: WriteKind, step: number, c: Choices): Promise<WriteRecord> {
    const [p0 = 0, p1 = 0, p2 = 0] = c.picks;
    const locale: Locale = nth(LOCALES, c.bits >> 4) as Locale;
    const last = this.touched.doc && 'locales' in this.touched.doc ? this.touched.doc : undefined;
    const uid = c.followUp && last ? last.uid : this.pickUid(p0);
    const record = (via: WriteRecord['via'], accepted: boolean, description: string): WriteRecord => ({ step, kind, via, accepted, description });
    const pick = (docs: LocalizedDoc[]) => {
      const doc = c.followUp && last && docs.includes(last) ? last : nth(docs, p1);
      if (doc) this.touched = { doc, locale };
      return doc;
    };
    const ok = (answer: Answer) => answer.status >= 200 && answer.status < 300;

    switch (kind) {
      case 'create':
      case 'create draft': {
        const created = await this.create(uid, step, c, kind === 'create draft');
        return record(created.via, created.ok, created.what);
      }
      case 'locale variant': {
        const doc = pick(this.docs(uid).filter((item) => !item.locales.en || !item.locales['zh-Hans']));
        if (!doc) return record('rest', false, 'nothing to translate');
        const translated = await this.translate(doc, step, c);
        return record(translated.via, translated.ok, translated.what);
      }
      case 'draft save':
      case 'published change': {
        const doc = pick(this.docs(uid, locale));
        if (!doc) return record('rest', false, 'nothing to edit');
        const data = this.dataOf(uid, locale, step, c, (c.bits & 1) === 1);
        delete data.image;
        const draft = kind === 'draft save';
        if (c.rest) {
          const answer = await this.rest('PUT', this.restPath(uid, doc.documentId, `?locale=${locale}${draft ? '&status=draft' : ''}`), { data });
          if (ok(answer) && !draft) doc.locales[locale] = this.variantOf(answer, true);
          return record('rest', ok(answer), `${doc.uid} ${doc.documentId} ${locale} ${answer.status}`);
        }
        const answer = await this.admin('PUT', cm(uid, `/${doc.documentId}?locale=${locale}`), data);
        if (ok(answer) && !draft) await this.publish(doc, locale);
        return record('cm', ok(answer), `${doc.uid} ${doc.documentId} ${locale} ${answer.status}`);
      }
      case 'publish':
      case 'unpublish':
      case 'discard draft': {
        const doc = pick(this.docs(uid, locale, kind === 'publish' ? undefined : true));
        if (!doc) return record('cm', false, 'nothing to do');
        if (kind === 'publish') {
          const answer = await this.publish(doc, locale);
          return record('cm', ok(answer), `${doc.uid} ${doc.documentId} ${locale} ${answer.status}`);
        }
        const action = kind === 'unpublish' ? 'unpublish' : 'discard';
        const answer = await this.admin('POST', cm(uid, `/${doc.documentId}/actions/${action}?locale=${locale}`), kind === 'unpublish' ? { discardDraft: (c.bits & 1) === 1 } : {});
        if (ok(answer) && kind === 'unpublish') doc.locales[locale] = { ...doc.locales[locale], published: false };
        return record('cm', ok(answer), `${doc.uid} ${doc.documentId} ${locale} ${answer.status}`);
      }
      case 'delete':
      case 'delete locale': {
        // never the last few of a type, so that there is always something to read
        const docs = this.docs(uid);
        if (docs.length <= 3) return record('rest', false, 'too few to delete');
        const doc = pick(kind === 'delete locale' ? docs.filter((item) => item.locales.en && item.locales['zh-Hans']) : docs);
        if (!doc) return record('rest', false, 'nothing to delete');
        // a document is deleted one locale at a time over both APIs; `delete` removes every locale it has
        const locales = kind === 'delete' ? (Object.keys(doc.locales) as Locale[]) : [locale];
        let accepted = true;
        for (const each of locales) {
          const answer = c.rest ? await this.rest('DELETE', this.restPath(uid, doc.documentId, `?locale=${each}`)) : await this.admin('DELETE', cm(uid, `/${doc.documentId}?locale=${each}`));
          if (!ok(answer)) accepted = false;
          else delete doc.locales[each];
        }
        if (Object.keys(doc.locales).length === 0) this.localized.splice(this.localized.indexOf(doc), 1);
        return record(c.rest ? 'rest' : 'cm', accepted, `${doc.uid} ${doc.documentId} ${locales.join(',')}`);
      }
      case 'relations':
      case 'cover and photos': {
        const relationUid = kind === 'cover and photos' ? (nth([ARTICLE, CAMPAIGN, ACTIVITY] as const, p0) as LocalizedUid) : (nth([ARTICLE, ARTICLE, ACTIVITY, CAMPAIGN] as const, p0) as LocalizedUid);
        const doc = pick(this.docs(relationUid, locale));
        if (!doc) return record('rest', false, 'nothing to link');
        const full = this.dataOf(relationUid, locale, step, c, true);
        const names: Record<string, string[]> = {
          relations: relationUid === ARTICLE ? ['category', 'tags', 'organizations', 'activities', 'campaigns'] : relationUid === ACTIVITY ? ['organizers', 'campaign'] : ['leadOrganization', 'activities'],
          'cover and photos': relationUid === ARTICLE ? ['cover', 'gallery', 'body'] : relationUid === ACTIVITY ? ['photos'] : ['cover'],
        };
        const data = Object.fromEntries(names[kind].filter((name) => name in full).map((name) => [name, full[name]]));
        if (c.rest) {
          // REST saves and publishes (a published change); with status=draft the draft only
          const draft = (c.bits & 8) === 8;
          const answer = await this.rest('PUT', this.restPath(relationUid, doc.documentId, `?locale=${locale}${draft ? '&status=draft' : ''}`), { data });
          if (ok(answer) && !draft) doc.locales[locale] = this.variantOf(answer, true);
          return record('rest', ok(answer), `${doc.uid} ${doc.documentId} ${locale} ${Object.keys(data).join(',')} ${answer.status}`);
        }
        const answer = await this.admin('PUT', cm(relationUid, `/${doc.documentId}?locale=${locale}`), data);
        if (ok(answer) && c.bits & 1) await this.publish(doc, locale);
        return record('cm', ok(answer), `${doc.uid} ${doc.documentId} ${locale} ${Object.keys(data).join(',')} ${answer.status}`);
      }
      case 'photo photographer':
      case 'photo image replaced': {
        const doc = pick(this.docs(PHOTO, locale));
        if (!doc) return record('rest', false, 'no photo');
        let data: Json;
        if (kind === 'photo photographer') {
          data = { photographer: c.bits & 2 ? null : (nth(this.plainDocs(PHOTOGRAPHER), p2)?.documentId ?? null), creditRole: nth(CREDIT_ROLES, p0) };
        } else {
          const file = c.bits & 1 ? await this.upload(step) : nth(this.files, p2);
          if (file === undefined) return record('upload', false, 'upload refused');
          data = { image: file };
          this.touched = { doc, locale, file };
        }
        if (c.rest) {
          const answer = await this.rest('PUT', this.restPath(PHOTO, doc.documentId, `?locale=${locale}`), { data });
          if (ok(answer)) doc.locales[locale] = this.variantOf(answer, true);
          if (ok(answer)) this.notePhoto(doc, locale, data);
          return record('rest', ok(answer), `${doc.documentId} ${locale} ${JSON.stringify(data)} ${answer.status}`);
        }
        const answer = await this.admin('PUT', cm(PHOTO, `/${doc.documentId}?locale=${locale}`), data);
        if (ok(answer)) this.notePhoto(doc, locale, data);
        if (ok(answer) && c.bits & 4) await this.publish(doc, locale);
        return record('cm', ok(answer), `${doc.documentId} ${locale} ${JSON.stringify(data)} ${answer.status}`);
      }
      case 'file info': {
        const file = (c.followUp ? (this.touchedPhoto()?.file ?? this.touched.file) : undefined) ?? nth(this.files, p1);
        if (file === undefined) return record('upload', false, 'no file');
        this.touched = { ...this.touched, file };
        const fileInfo = { caption: c.bits & 2 ? null : `图片说明 ${step}`, alternativeText: `替代文字 ${step}`, name: `image-${p2 % 50}.jpg` };
        const form = new FormData();
        form.append('fileInfo', JSON.stringify(fileInfo));
        // the upload plugin's REST route (API token) or the media library's (admin JWT)
        const answer = c.rest
          ? await this.send(`/api/upload?id=${file}`, { method: 'POST', auth: this.accounts.apiToken, body: form })
          : await this.send(`/upload?id=${file}`, { method: 'POST', auth: this.accounts.adminJwt, body: form });
        return record('upload', ok(answer), `file ${file} ${JSON.stringify(fileInfo)} ${answer.status}`);
      }
      case 'photographer rename':
      case 'plain edit': {
        const plainUid = kind === 'photographer rename' ? PHOTOGRAPHER : (nth([CATEGORY, TAG, ORGANIZATION, PHOTOGRAPHER] as const, p0) as PlainUid);
        const lastPlain = this.touched.doc && !('locales' in this.touched.doc) && this.touched.doc.uid === plainUid ? this.touched.doc : undefined;
        const ofPhoto = plainUid === PHOTOGRAPHER && c.followUp ? this.plainDocs(PHOTOGRAPHER).find((item) => item.documentId === this.touchedPhoto()?.photographer) : undefined;
        const doc = ofPhoto ?? (c.followUp && lastPlain ? lastPlain : nth(this.plainDocs(plainUid), p1));
        if (doc) this.touched = { doc };
        if (!doc) return record('rest', false, 'nothing to rename');
        const data: Json = { name: `${plainUid === PHOTOGRAPHER ? '摄影' : '名称'}${step}`, nameEn: c.bits & 2 ? null : `Name ${step}` };
        if (plainUid === PHOTOGRAPHER) data.defaultRole = nth(CREDIT_ROLES, p2);
        const answer = c.rest ? await this.rest('PUT', this.restPath(plainUid, doc.documentId), { data }) : await this.admin('PUT', cm(plainUid, `/${doc.documentId}`), data);
        return record(c.rest ? 'rest' : 'cm', ok(answer), `${plainUid} ${doc.documentId} ${answer.status}`);
      }
      case 'plain create': {
        const plainUid = nth([CATEGORY, TAG, ORGANIZATION, PHOTOGRAPHER] as const, p0) as PlainUid;
        const created = await this.createPlain(plainUid, step, c.rest, p1);
        return record(c.rest ? 'rest' : 'cm', created, plainUid);
      }
      case 'photo submission': {
        const form = new FormData();
        const jpeg = await creditedJpeg({ caption: `投稿图说 ${step}`, byline: '李明', bylineTitle: '记者' }, [64, 48]);
        form.append('files', new Blob([jpeg], { type: 'image/jpeg' }), `submission-${step}.jpg`);
        const photographer = nth(this.plainDocs(PHOTOGRAPHER), p1);
        if (photographer && c.bits & 1) form.append('photographer', photographer.documentId);
        form.append('locale', locale);
        const answer = await this.send('/api/photos/submit', { method: 'POST', auth: this.accounts.photographerJwt, body: form });
        if (answer.status === 201) {
          this.submissions += 1;
          for (const photo of answer.body.data as Json[]) {
            const doc: LocalizedDoc = { uid: PHOTO, documentId: photo.documentId as string, locales: { [locale]: { published: false } } };
            this.localized.push(doc);
            this.touched = { doc, locale };
          }
        }
        return record('submission', answer.status === 201, `${locale} ${answer.status}`);
      }
    }
  }

  /** A category, tag, organization or photographer; true when made. */
  async createPlain(uid: PlainUid, step: number, rest: boolean, n: number): Promise<boolean> {
    const data: Json = { name: `${{ [CATEGORY]: '栏目', [TAG]: '标签', [ORGANIZATION]: '工会', [PHOTOGRAPHER]: '摄影' }[uid]}${step}`, nameEn: `Name ${step}` };
    if (uid === ORGANIZATION) Object.assign(data, { kind: nth(ORGANIZATION_KINDS, n), region: nth(DISTRICTS, n >> 2) });
    if (uid === PHOTOGRAPHER) Object.assign(data, { defaultRole: nth(CREDIT_ROLES, n), organization: nth(this.plainDocs(ORGANIZATION), n)?.documentId ?? null });
    const answer = rest ? await this.rest('POST', this.restPath(uid), { data }) : await this.admin('POST', cm(uid), data);
    if (answer.status !== 200 && answer.status !== 201) return false;
    const made = answer.body.data as Json;
    this.plain.push({ uid, documentId: made.documentId as string, slug: made.slug as string | undefined });
    return true;
  }
}
