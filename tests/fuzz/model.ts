/**
 * What the fuzzer knows about the app, exported once from a booted Strapi: every model's attributes (content types
 * and components, read from `strapi.contentTypes` / `strapi.components`), the public REST types, the GraphQL schema
 * (introspected in test mode), the private field names, the values that must never be served (admin and user e-mails,
 * password hashes) and the draft fixtures. The generators and checks read only this.
 */

import type { Core } from '@strapi/strapi';
import type { IntrospectionQuery } from 'graphql';

export interface AttributeSummary {
  name: string;
  type: string;
  private: boolean;
  /** relation target, `plugin::upload.file` for media */
  target?: string;
  /** component uid, or the component uids of a dynamic zone */
  components?: string[];
  multiple?: boolean;
  enum?: string[];
}

export interface ModelSummary {
  uid: string;
  attributes: AttributeSummary[];
}

export interface PublicTypeSummary {
  uid: string;
  pluralName: string;
  singularName: string;
  kind: 'collectionType' | 'singleType';
  draftAndPublish: boolean;
  localized: boolean;
}

export interface DraftFixtures {
  /** lowercase text that only draft versions hold (draft-only documents, newer drafts of published ones) */
  markers: string[];
  /** documents that have never been published */
  draftOnlyDocumentIds: string[];
}

export interface Summary {
  models: Record<string, ModelSummary>;
  publicTypes: PublicTypeSummary[];
  /** attribute names that are private wherever they occur, and never a public attribute of a public type */
  privateKeys: string[];
  /** values that no public response may contain (admin and user e-mails, password hashes, tokens) */
  secretValues: string[];
  drafts: DraftFixtures;
  /** published documentIds per public type, slugs of published campaigns and organizations, locale codes */
  known: { documentIds: Record<string, string[]>; campaignSlugs: string[]; organizationSlugs: string[]; locales: string[] };
  graphql: IntrospectionQuery;
}

interface RawAttribute {
  type: string;
  private?: boolean;
  target?: string;
  component?: string;
  components?: string[];
  repeatable?: boolean;
  multiple?: boolean;
  relation?: string;
  enum?: string[];
}

const summarizeAttribute = (name: string, raw: RawAttribute): AttributeSummary => ({
  name,
  type: raw.type,
  private: raw.private === true,
  ...(raw.type === 'relation' && raw.target ? { target: raw.target, multiple: /ToMany$/.test(raw.relation ?? '') } : {}),
  ...(raw.type === 'media' ? { target: 'plugin::upload.file', multiple: raw.multiple === true } : {}),
  ...(raw.type === 'component' && raw.component ? { components: [raw.component], multiple: raw.repeatable === true } : {}),
  ...(raw.type === 'dynamiczone' ? { components: raw.components ?? [] } : {}),
  ...(raw.type === 'enumeration' ? { enum: raw.enum ?? [] } : {}),
});

const summarizeModel = (uid: string, attributes: Record<string, unknown>): ModelSummary => ({
  uid,
  attributes: Object.entries(attributes).map(([name, raw]) => summarizeAttribute(name, raw as RawAttribute)),
});

/** The models a public response can hold: the public types and everything their relations, media and components reach. */
export const reachableModels = (models: Record<string, ModelSummary>, publicUids: Iterable<string>): Set<string> => {
  const reached = new Set<string>();
  const visit = (uid: string): void => {
    if (reached.has(uid) || !models[uid]) return;
    reached.add(uid);
    for (const attribute of models[uid].attributes) {
      if (attribute.target) visit(attribute.target);
      for (const component of attribute.components ?? []) visit(component);
    }
  };
  for (const uid of publicUids) visit(uid);
  return reached;
};

/**
 * Attribute names that are private (schema `private: true`, or the API's `privateAttributes`) in a model a public
 * response can reach, and not a public attribute of any such model: these may never appear as keys in a response.
 */
export const privateKeysOf = (models: Record<string, ModelSummary>, publicUids: Iterable<string>, configured: readonly string[]): string[] => {
  const reachable = reachableModels(models, publicUids);
  const privateNames = new Set(configured);
  const publicNames = new Set<string>();
  for (const uid of reachable) {
    for (const attribute of models[uid].attributes) (attribute.private ? privateNames : publicNames).add(attribute.name);
  }
  return [...privateNames].filter((name) => !publicNames.has(name)).sort();
};

export const modelsOf = (strapi: Core.Strapi): Record<string, ModelSummary> => {
  const models: Record<string, ModelSummary> = {};
  for (const [uid, contentType] of Object.entries(strapi.contentTypes)) models[uid] = summarizeModel(uid, contentType.attributes as Record<string, unknown>);
  for (const [uid, component] of Object.entries(strapi.components)) models[uid] = summarizeModel(uid, component.attributes as Record<string, unknown>);
  return models;
};

/** The app's own content types, which the public role may read (src/bootstrap/public-permissions.ts). */
export const publicTypesOf = (strapi: Core.Strapi): PublicTypeSummary[] =>
  Object.entries(strapi.contentTypes)
    .filter(([uid]) => uid.startsWith('api::'))
    .map(([uid, contentType]) => ({
      uid,
      pluralName: contentType.info.pluralName,
      singularName: contentType.info.singularName,
      kind: contentType.kind,
      draftAndPublish: contentType.options?.draftAndPublish === true,
      localized: (contentType.pluginOptions as { i18n?: { localized?: boolean } } | undefined)?.i18n?.localized === true,
    }));

/** A model's attributes that hold plain values (not relations, media, components or dynamic zones). */
export const scalarAttributes = (model: ModelSummary): AttributeSummary[] =>
  model.attributes.filter((attribute) => !['relation', 'media', 'component', 'dynamiczone'].includes(attribute.type));

export const restPathOf = (type: PublicTypeSummary): string => `/api/${type.kind === 'singleType' ? type.singularName : type.pluralName}`;
