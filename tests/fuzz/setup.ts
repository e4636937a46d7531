/**
 * The fuzz target: the built app seeded with the demo content plus draft fixtures, served by `strapi start` in a
 * process of its own (so that the fuzzer and the server each get a core), and the summary the generators read.
 */

import { randomBytes } from 'crypto';
import fs from 'fs/promises';
import { getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import type { Core } from '@strapi/strapi';
import { startServerProcess, type ServerProcess } from '../helpers/server-process';
import { startStrapi } from '../helpers/strapi';
import { modelsOf, privateKeysOf, publicTypesOf, type DraftFixtures, type ModelSummary, type PublicTypeSummary, type Summary } from './model';

export interface FuzzTarget {
  /** one address per served process */
  baseUrls: string[];
  summary: Summary;
  servers: ServerProcess[];
  stop(): Promise<void>;
}

type Documents = ReturnType<Core.Strapi['documents']>;

/** Every string and text attribute of the model set to `text` (the slug follows from the title), required enums and media filled. */
const fixtureData = (model: ModelSummary, text: string, imageId: number): Record<string, unknown> => {
  const data: Record<string, unknown> = {};
  for (const attribute of model.attributes) {
    if (attribute.type === 'string' || attribute.type === 'text') data[attribute.name] = text;
    if (attribute.type === 'enumeration' && attribute.enum?.length) data[attribute.name] = attribute.enum[0];
    if (attribute.type === 'media' && attribute.name === 'image') data[attribute.name] = imageId;
  }
  return data;
};

/**
 * For every draft-and-publish type: a document that was never published, and a published document whose newer draft
 * holds other text and was published while linking the draft-only photo. Neither text may ever be served
 * to the public role, nor the draft-only documentIds.
 */
export const createDraftFixtures = async (strapi: Core.Strapi, types: PublicTypeSummary[], models: Record<string, ModelSummary>): Promise<DraftFixtures> => {
  const file = (await strapi.db.query('plugin::upload.file').findOne({ select: ['id'] })) as { id: number } | null;
  if (!file) throw new Error('The demo seed left no uploaded file to attach to a draft photo');
  const markers: string[] = [];
  const draftOnly = new Map<string, string>();
  const withDrafts = types.filter((type) => type.draftAndPublish);

  for (const type of withDrafts) {
    const marker = `zqxdraftonly${randomBytes(5).toString('hex')}`;
    markers.push(marker);
    const documents = strapi.documents(type.uid as never) as Documents;
    const created = await documents.create({ data: fixtureData(models[type.uid], marker, file.id) as never });
    draftOnly.set(type.uid, created.documentId);
  }
  for (const type of withDrafts) {
    const marker = `zqxnewerdraft${randomBytes(5).toString('hex')}`;
    markers.push(marker);
    const documents = strapi.documents(type.uid as never) as Documents;
    const links: Record<string, unknown> = {};
    for (const attribute of models[type.uid].attributes) {
      // draft photos, as an editor links them before they are published
      const target = attribute.type === 'relation' && attribute.target === 'api::photo.photo' ? draftOnly.get(attribute.target) : undefined;
      if (target) links[attribute.name] = attribute.multiple ? [target] : target;
    }
    // published while linking draft-only documents: its published version must show none of them
    const published = await documents
      .create({ data: { ...fixtureData(models[type.uid], `fuzz published ${randomBytes(4).toString('hex')}`, file.id), ...links } as never })
      .catch((error: Error) => {
        throw new Error(`The draft fixture of ${type.uid} linking ${JSON.stringify(links)} failed: ${error.message}`);
      });
    await documents.publish({ documentId: published.documentId });
    await documents.update({ documentId: published.documentId, data: fixtureData(models[type.uid], marker, file.id) as never });
  }
  return { markers, draftOnlyDocumentIds: [...draftOnly.values()] };
};

const secretValuesOf = async (strapi: Core.Strapi): Promise<string[]> => {
  const values = new Set<string>();
  const admins = (await strapi.db.query('admin::user').findMany({ select: ['email', 'password', 'resetPasswordToken', 'registrationToken'] })) as Array<Record<string, unknown>>;
  const users = (await strapi.db.query('plugin::users-permissions.user').findMany({ select: ['email', 'password', 'resetPasswordToken', 'confirmationToken'] })) as Array<Record<string, unknown>>;
  for (const row of [...admins, ...users]) {
    for (const value of Object.values(row)) if (typeof value === 'string' && value.length >= 6) values.add(value.toLowerCase());
  }
  return [...values];
};

const knownOf = async (strapi: Core.Strapi, types: PublicTypeSummary[]): Promise<Summary['known']> => {
  const documentIds: Record<string, string[]> = {};
  for (const type of types) {
    const rows = (await strapi.documents(type.uid as never).findMany({ fields: ['documentId'] as never, limit: 20, status: 'published' })) as Array<{ documentId: string }>;
    documentIds[type.uid] = rows.map((row) => row.documentId);
  }
  const slugs = async (uid: string): Promise<string[]> =>
    ((await strapi.documents(uid as never).findMany({ fields: ['slug'] as never, limit: 20, status: 'published' })) as unknown as Array<{ slug: string }>).map((row) => row.slug);
  const locales = ((await strapi.plugin('i18n').service('locales').find()) as Array<{ code: string }>).map((locale) => locale.code);
  return { documentIds, campaignSlugs: await slugs('api::campaign.campaign'), organizationSlugs: await slugs('api::organization.organization'), locales };
};

export interface TargetOptions {
  database: 'sqlite' | 'postgres';
  /** processes serving the same database (default 1); a server is one Node event loop, so 2 use both cores */
  servers?: number;
  /** extra environment of the served processes */
  env?: Record<string, string>;
}

export const startFuzzTarget = async ({ database, servers: count = 1, env = {} }: TargetOptions): Promise<FuzzTarget> => {
  process.env.TEST_DATABASE = database;
  const app = await startStrapi(`fuzz_${database}`, { seed: true });
  let summary: Summary;
  try {
    const { strapi } = app;
    const models = modelsOf(strapi);
    const publicTypes = publicTypesOf(strapi);
    const drafts = await createDraftFixtures(strapi, publicTypes, models);
    const introspection = await app.http().post('/graphql').send({ query: getIntrospectionQuery() });
    if (introspection.status !== 200) throw new Error(`GraphQL introspection answered ${introspection.status}: ${introspection.text.slice(0, 500)}`);
    summary = {
      models,
      publicTypes,
      privateKeys: privateKeysOf(models, publicTypes.map((type) => type.uid), strapi.config.get('api.responses.privateAttributes', []) as string[]),
      secretValues: await secretValuesOf(strapi),
      drafts,
      known: await knownOf(strapi, publicTypes),
      graphql: (introspection.body as { data: IntrospectionQuery }).data,
    };
  } catch (error) {
    await app.stop();
    throw error;
  }
  await app.strapi.destroy();

  const cleanUp = async () => {
    await app.db.drop();
    await fs.rm(app.publicDir, { recursive: true, force: true });
  };
  const servers: ServerProcess[] = [];
  const stopAll = async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await cleanUp();
  };
  // started together; a start can take a minute on a busy machine
  const started = await Promise.allSettled(Array.from({ length: count }, () => startServerProcess({ env: { LOG_LEVEL: 'error', ...env }, timeoutMs: 240000 })));
  for (const result of started) if (result.status === 'fulfilled') servers.push(result.value);
  const failed = started.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) {
    await stopAll();
    throw failed.reason;
  }
  return { baseUrls: servers.map((server) => server.baseUrl), summary, servers, stop: stopAll };
};
