/**
 * The storage names the read-path SQL uses, resolved from `strapi.db.metadata` (the schema Strapi itself builds its
 * tables from): tables by content-type uid, columns by attribute, join tables by relation, component and media
 * attribute. Nothing here spells a table or column name: a name that Strapi no longer has throws `MissingNameError`
 * at first use, and `usedNames` lists every (table, column) resolved so far, which the tests check against the live
 * database.
 */

import type { Core } from '@strapi/strapi';

export class MissingNameError extends Error {
  constructor(what: string) {
    super(`read-path: Strapi's metadata has no ${what}`);
    this.name = 'MissingNameError';
  }
}

export interface MetadataAttribute {
  type: string;
  columnName?: string;
  relation?: string;
  target?: string;
  morphBy?: string;
  joinTable?: MetadataJoinTable;
}

interface MetadataJoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn?: { name: string };
  morphColumn?: { idColumn: { name: string }; typeColumn: { name: string } };
  on?: Record<string, unknown>;
  orderBy?: Record<string, 'asc' | 'desc'>;
  orderColumnName?: string;
}

export interface MetadataModel {
  uid: string;
  tableName: string;
  attributes: Record<string, MetadataAttribute>;
}

/** A relation's join table: `from` holds the owner's id, `to` the target's. */
export interface Link {
  table: string;
  from: string;
  to: string;
}

/** A component or dynamic-zone attribute's join table, restricted to one attribute by `field = fieldValue`. */
export interface ComponentLink extends Link {
  field: string;
  fieldValue: string;
}

/** A media attribute's rows in the upload plugin's morph table: file, owner id and type, attribute, order. */
export interface MediaLink {
  table: string;
  file: string;
  relatedId: string;
  relatedType: string;
  relatedTypeValue: string;
  field: string;
  fieldValue: string;
  order: string;
}

/** One content type (or component) as the SQL sees it. */
export interface Entity {
  uid: string;
  table: string;
  model: MetadataModel;
  /** the column of an attribute */
  column(attribute: string): string;
  /** the join table of a relation attribute */
  link(attribute: string): Link;
  /** the join table of a component or dynamic-zone attribute */
  componentLink(attribute: string): ComponentLink;
  /** the morph rows of a media attribute */
  media(attribute: string): MediaLink;
}

type Strapi = Core.Strapi;
const used = new WeakMap<Strapi, Map<string, Set<string>>>();

const record = (strapi: Strapi, table: string, ...columns: string[]): void => {
  let tables = used.get(strapi);
  if (!tables) used.set(strapi, (tables = new Map()));
  let set = tables.get(table);
  if (!set) tables.set(table, (set = new Set()));
  for (const column of columns) set.add(column);
};

/** Every table and column resolved so far on this instance (for the test that checks them against the database). */
export const usedNames = (strapi: Strapi): Array<{ table: string; columns: string[] }> =>
  [...(used.get(strapi) ?? new Map<string, Set<string>>()).entries()].map(([table, columns]) => ({ table, columns: [...columns].sort() }));

export const modelOf = (strapi: Strapi, uid: string): MetadataModel => {
  const metadata = strapi.db.metadata as unknown as Map<string, MetadataModel>;
  // (Strapi's `metadata.get` throws its own error for an unknown uid)
  const model = metadata.has(uid) ? metadata.get(uid) : undefined;
  if (!model?.tableName) throw new MissingNameError(`model ${uid}`);
  record(strapi, model.tableName);
  return model;
};

/** A table's id column: the model's auto-increment attribute (content types and the join tables Strapi adds alike). */
export const idColumnOf = (strapi: Strapi, table: string): string => {
  const model = [...(strapi.db.metadata as unknown as Map<string, MetadataModel>).values()].find((candidate) => candidate.tableName === table);
  if (!model) throw new MissingNameError(`model of table ${table}`);
  const found = Object.entries(model.attributes).find(([, attribute]) => attribute.type === 'increments');
  if (!found) throw new MissingNameError(`id column in ${table}`);
  const column = found[1].columnName ?? found[0];
  record(strapi, table, column);
  return column;
};

const attributeOf = (model: MetadataModel, attribute: string): MetadataAttribute => {
  const found = model.attributes[attribute];
  if (!found) throw new MissingNameError(`attribute ${model.uid}.${attribute}`);
  return found;
};

/** The only attribute of a join table's own model that is none of `known`: how Strapi names a column it adds itself. */
const remainingColumn = (model: MetadataModel, known: string[], what: string): string => {
  const rest = Object.entries(model.attributes)
    .filter(([, attribute]) => attribute.type !== 'increments')
    .map(([key, attribute]) => attribute.columnName ?? key)
    .filter((column) => !known.includes(column));
  if (rest.length !== 1) throw new MissingNameError(`single ${what} column in ${model.tableName} (found ${rest.join(', ') || 'none'})`);
  return rest[0];
};

export const entityOf = (strapi: Strapi, uid: string): Entity => {
  const model = modelOf(strapi, uid);
  const joinTableOf = (attribute: string): MetadataJoinTable => {
    const joinTable = attributeOf(model, attribute).joinTable;
    if (!joinTable?.name || !joinTable.joinColumn?.name) throw new MissingNameError(`join table for ${uid}.${attribute}`);
    return joinTable;
  };
  return {
    uid,
    table: model.tableName,
    model,
    column(attribute) {
      const column = attributeOf(model, attribute).columnName;
      if (!column) throw new MissingNameError(`column for ${uid}.${attribute}`);
      record(strapi, model.tableName, column);
      return column;
    },
    link(attribute) {
      const joinTable = joinTableOf(attribute);
      if (!joinTable.inverseJoinColumn?.name) throw new MissingNameError(`inverse join column for ${uid}.${attribute}`);
      record(strapi, joinTable.name, joinTable.joinColumn.name, joinTable.inverseJoinColumn.name);
      return { table: joinTable.name, from: joinTable.joinColumn.name, to: joinTable.inverseJoinColumn.name };
    },
    componentLink(attribute) {
      const joinTable = joinTableOf(attribute);
      const on = Object.entries(joinTable.on ?? {});
      if (!joinTable.inverseJoinColumn?.name || on.length !== 1 || typeof on[0][1] !== 'string') {
        throw new MissingNameError(`component join table for ${uid}.${attribute}`);
      }
      const [[field, fieldValue]] = on as Array<[string, string]>;
      record(strapi, joinTable.name, joinTable.joinColumn.name, joinTable.inverseJoinColumn.name, field);
      return { table: joinTable.name, from: joinTable.joinColumn.name, to: joinTable.inverseJoinColumn.name, field, fieldValue };
    },
    media(attribute) {
      // a media attribute is a morph relation to the upload file, whose own `morphBy` attribute holds the morph table
      const media = attributeOf(model, attribute);
      if (!media.target || !media.morphBy) throw new MissingNameError(`media relation ${uid}.${attribute}`);
      const joinTable = attributeOf(modelOf(strapi, media.target), media.morphBy).joinTable;
      const morph = joinTable?.morphColumn;
      const order = Object.keys(joinTable?.orderBy ?? {});
      if (!joinTable?.name || !morph || order.length !== 1) throw new MissingNameError(`morph table for ${media.target}.${media.morphBy}`);
      const known = [joinTable.joinColumn.name, morph.idColumn.name, morph.typeColumn.name, order[0]];
      const field = remainingColumn(modelOf(strapi, joinTable.name), known, 'attribute-name');
      record(strapi, joinTable.name, ...known, field);
      return {
        table: joinTable.name,
        file: joinTable.joinColumn.name,
        relatedId: morph.idColumn.name,
        relatedType: morph.typeColumn.name,
        relatedTypeValue: uid,
        field,
        fieldValue: attribute,
        order: order[0],
      };
    },
  };
};

export type Client = 'postgres' | 'sqlite';
/** The SQL dialect: PostgreSQL, or SQLite (the only other client this app runs on). */
export const clientOf = (strapi: Strapi): Client => (strapi.db.dialect.client === 'postgres' ? 'postgres' : 'sqlite');

/** Quotes an identifier from the metadata; double quotes are standard SQL on both SQLite and PostgreSQL. */
export const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** `alias."column"` */
export const qualified = (alias: string, column: string): string => `${alias}.${quote(column)}`;
