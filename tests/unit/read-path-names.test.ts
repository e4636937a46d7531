/**
 * src/read-path/names.ts: names come from the metadata, and a name the metadata lacks fails loudly.
 */

import type { Core } from '@strapi/strapi';
import { entityOf, MissingNameError, usedNames } from '../../src/read-path/names';

const metadataOf = (models: Array<Record<string, unknown>>) =>
  ({ db: { metadata: new Map(models.map((model) => [model.uid as string, model])) } }) as unknown as Core.Strapi;

const ARTICLE = {
  uid: 'api::article.article',
  tableName: 'stories',
  attributes: {
    id: { type: 'increments', columnName: 'id' },
    publishDate: { type: 'datetime', columnName: 'first_shown' },
    tags: { type: 'relation', joinTable: { name: 'stories_tags_links', joinColumn: { name: 'story_id' }, inverseJoinColumn: { name: 'tag_id' } } },
    body: { type: 'relation', joinTable: { name: 'stories_parts', joinColumn: { name: 'entity_id' }, inverseJoinColumn: { name: 'cmp_id' }, on: { part: 'body' } } },
    cover: { type: 'relation', relation: 'morphOne', target: 'plugin::upload.file', morphBy: 'related' },
  },
};
const FILE = {
  uid: 'plugin::upload.file',
  tableName: 'media_files',
  attributes: {
    related: {
      type: 'relation',
      joinTable: { name: 'media_links', joinColumn: { name: 'media_id' }, morphColumn: { idColumn: { name: 'owner_id' }, typeColumn: { name: 'owner_type' } }, orderBy: { position: 'asc' } },
    },
  },
};
const MORPH = {
  uid: 'media_links',
  tableName: 'media_links',
  attributes: {
    id: { type: 'increments' },
    media_id: { type: 'integer', columnName: 'media_id' },
    owner_id: { type: 'integer', columnName: 'owner_id' },
    owner_type: { type: 'string', columnName: 'owner_type' },
    slot: { type: 'string', columnName: 'slot' },
    position: { type: 'float', columnName: 'position' },
  },
};

describe('read-path names', () => {
  it('reads tables, columns, join tables, component links and media links from the metadata', () => {
    const strapi = metadataOf([ARTICLE, FILE, MORPH]);
    const article = entityOf(strapi, 'api::article.article');
    expect(article.table).toBe('stories');
    expect(article.column('publishDate')).toBe('first_shown');
    expect(article.link('tags')).toEqual({ table: 'stories_tags_links', from: 'story_id', to: 'tag_id' });
    expect(article.componentLink('body')).toEqual({ table: 'stories_parts', from: 'entity_id', to: 'cmp_id', field: 'part', fieldValue: 'body' });
    expect(article.media('cover')).toEqual({
      table: 'media_links',
      file: 'media_id',
      relatedId: 'owner_id',
      relatedType: 'owner_type',
      relatedTypeValue: 'api::article.article',
      field: 'slot',
      fieldValue: 'cover',
      order: 'position',
    });
    expect(usedNames(strapi)).toEqual(
      expect.arrayContaining([{ table: 'stories', columns: ['first_shown'] }, { table: 'media_links', columns: ['media_id', 'owner_id', 'owner_type', 'position', 'slot'] }])
    );
  });

  it('throws MissingNameError for a model, an attribute, a column or a join table the metadata lacks', () => {
    const strapi = metadataOf([ARTICLE, FILE]);
    expect(() => entityOf(strapi, 'api::gone.gone')).toThrow(MissingNameError);
    const article = entityOf(strapi, 'api::article.article');
    expect(() => article.column('slug')).toThrow(MissingNameError);
    expect(() => article.column('tags')).toThrow(MissingNameError);
    expect(() => article.link('publishDate')).toThrow(MissingNameError);
    expect(() => article.componentLink('tags')).toThrow(MissingNameError);
    // the morph table's own model is missing: its attribute-name column cannot be told
    expect(() => article.media('cover')).toThrow(MissingNameError);
  });
});
