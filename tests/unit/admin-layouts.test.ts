/**
 * The content-manager layouts kept as code (src/admin-layouts) against the schema files: every field has a
 * Chinese label and a help text, only existing fields are named, and the edit views follow Strapi's row rules.
 */

import fs from 'fs';
import path from 'path';
import { componentLayouts, contentTypeLayouts } from '../../src/admin-layouts';
import {
  componentDefinition,
  contentTypeDefinition,
  mergeConfiguration,
  type ContentManagerModel,
  type MergeOptions,
  type ViewConfiguration,
} from '../../src/bootstrap/content-manager-layouts';

interface SchemaAttribute {
  type: string;
  target?: string;
  writable?: boolean;
  private?: boolean;
}

interface SchemaFile {
  uid: string;
  attributes: Record<string, SchemaAttribute>;
}

const SRC = path.resolve(__dirname, '../../src');
const readJson = (file: string): { attributes: Record<string, SchemaAttribute> } => JSON.parse(fs.readFileSync(file, 'utf8'));

const contentTypeSchemas: SchemaFile[] = fs.readdirSync(path.join(SRC, 'api')).flatMap((api) => {
  const directory = path.join(SRC, 'api', api, 'content-types');
  if (!fs.existsSync(directory)) return [];
  return fs
    .readdirSync(directory)
    .map((name) => ({ uid: `api::${api}.${name}`, ...readJson(path.join(directory, name, 'schema.json')) }));
});

const componentSchemas: SchemaFile[] = fs.readdirSync(path.join(SRC, 'components')).flatMap((category) =>
  fs
    .readdirSync(path.join(SRC, 'components', category))
    .filter((file) => file.endsWith('.json'))
    .map((file) => ({ uid: `${category}.${file.replace(/\.json$/, '')}`, ...readJson(path.join(SRC, 'components', category, file)) }))
);

const schemaOf = (uid: string): SchemaFile => {
  const schema = [...contentTypeSchemas, ...componentSchemas].find((candidate) => candidate.uid === uid);
  if (!schema) throw new Error(`no schema file for ${uid}`);
  return schema;
};

const CJK = /[\u3400-\u9fff]/;
const ACRONYMS = new Set(['SEO', 'URL']);
const FULL_WIDTH = new Set(['component', 'dynamiczone', 'json', 'blocks', 'richtext']);
const NOT_LISTABLE = new Set(['json', 'password', 'richtext', 'dynamiczone', 'blocks']);

const layouts = [
  ...contentTypeLayouts.map((layout) => ({ uid: layout.uid as string, fields: layout.fields, list: layout.list, rows: layout.edit.flatMap((group) => group.rows), mainField: layout.settings.mainField })),
  ...componentLayouts.map((layout) => ({ uid: layout.uid as string, fields: layout.fields, list: layout.list, rows: layout.edit, mainField: layout.settings.mainField })),
];

describe('coverage', () => {
  it('has a layout for every content type and every component, and none for anything else', () => {
    expect(contentTypeLayouts.map((layout) => layout.uid).sort()).toEqual(contentTypeSchemas.map((schema) => schema.uid).sort());
    expect(componentLayouts.map((layout) => layout.uid).sort()).toEqual(componentSchemas.map((schema) => schema.uid).sort());
  });

  it.each(layouts.map((layout) => [layout.uid, layout] as const))(
    '%s: every attribute has a Chinese label and a help text',
    (uid, layout) => {
      for (const name of Object.keys(schemaOf(uid).attributes)) {
        const text = layout.fields[name];
        expect({ name, labelled: text !== undefined }).toEqual({ name, labelled: true });
        if (!text) continue;
        for (const label of [text.label, text.listLabel ?? text.label]) {
          expect({ name, label, chinese: CJK.test(label) || ACRONYMS.has(label) }).toEqual({ name, label, chinese: true });
          expect(label.length).toBeLessThanOrEqual(8);
        }
        expect({ name, help: CJK.test(text.description) }).toEqual({ name, help: true });
      }
    }
  );

  it.each(layouts.map((layout) => [layout.uid, layout] as const))(
    '%s: names only existing attributes, and places each one once in the edit view',
    (uid, layout) => {
      const { attributes } = schemaOf(uid);
      expect(Object.keys(layout.fields).filter((name) => !(name in attributes))).toEqual([]);
      expect(layout.list.filter((name) => !(name in attributes) || NOT_LISTABLE.has(attributes[name].type))).toEqual([]);
      expect(attributes[layout.mainField]?.type).toMatch(/^(string|text)$/);
      const placed = layout.rows.flat().map(({ name }) => name);
      expect([...placed].sort()).toEqual(Object.keys(attributes).sort());
    }
  );

  it.each(layouts.map((layout) => [layout.uid, layout] as const))(
    '%s: rows fit in 12 columns; components, dynamic zones and JSON take a row of their own',
    (uid, layout) => {
      const { attributes } = schemaOf(uid);
      for (const row of layout.rows) {
        expect(row.reduce((sum, { size }) => sum + size, 0)).toBeLessThanOrEqual(12);
        for (const { name, size } of row) {
          if (FULL_WIDTH.has(attributes[name].type)) expect({ name, row }).toEqual({ name, row: [{ name, size: 12 }] });
        }
      }
    }
  );

  it.each(layouts.map((layout) => [layout.uid, layout] as const))(
    '%s: relations show a name field of their target',
    (uid, layout) => {
      const { attributes } = schemaOf(uid);
      for (const [name, attribute] of Object.entries(attributes)) {
        if (attribute.type !== 'relation' || !attribute.target) continue;
        const target = contentTypeLayouts.find((candidate) => candidate.uid === attribute.target);
        const mainField = layout.fields[name]?.mainField ?? target?.settings.mainField;
        expect({ name, mainField: typeof mainField }).toEqual({ name, mainField: 'string' });
        if (target) expect(schemaOf(target.uid).attributes[mainField as string]).toBeDefined();
      }
    }
  );

  it.each(layouts.map((layout) => [layout.uid, layout] as const))(
    '%s: what the app computes or keeps private is read-only (except the account link)',
    (uid, layout) => {
      for (const [name, attribute] of Object.entries(schemaOf(uid).attributes)) {
        // the one private field a person sets: an admin links a photographer to their submission account
        if (uid === 'api::photographer.photographer' && name === 'account') continue;
        if (attribute.writable === false || attribute.private === true) {
          expect({ name, editable: layout.fields[name]?.editable }).toEqual({ name, editable: false });
        }
      }
    }
  );
});

describe('edit-view groups', () => {
  const article = contentTypeLayouts.find((layout) => layout.uid === 'api::article.article');

  it('orders the article 正文 → 图片 → 归类 → 发布与 SEO', () => {
    expect(article?.edit.map((group) => [group.name, group.rows.flat().map(({ name }) => name)])).toEqual([
      ['正文', ['kicker', 'title', 'subtitle', 'summary', 'body', 'bylines']],
      ['图片', ['cover', 'gallery']],
      ['归类', ['category', 'tags', 'organizations', 'campaigns', 'activities', 'source', 'printEdition']],
      ['发布与 SEO', ['slug', 'publishDate', 'scheduledPublishAt', 'scheduledUnpublishAt', 'importKey', 'seo']],
    ]);
  });

  it('starts the help text of every field of a content type with its group', () => {
    for (const layout of contentTypeLayouts) {
      const { fields } = contentTypeDefinition(layout);
      for (const group of layout.edit) {
        for (const { name } of group.rows.flat()) {
          expect(fields[name].description).toBe(`【${group.name}】${layout.fields[name]?.description}`);
        }
      }
    }
  });

  it('lists articles with title, cover, category, publish date and the schedule', () => {
    expect(article?.list).toEqual(expect.arrayContaining(['title', 'cover', 'category', 'publishDate', 'scheduledPublishAt']));
  });
});

describe('mergeConfiguration', () => {
  const model: ContentManagerModel = {
    uid: 'shared.metric',
    attributes: {
      id: { type: 'integer' },
      label: { type: 'string' },
      value: { type: 'decimal' },
      // a field added to the schema after the layouts were written
      note: { type: 'string' },
      documentId: { type: 'string' },
    },
  };
  // what Strapi generated and synced: `unit` was removed from the schema, `note` is new
  const generated: ViewConfiguration = {
    settings: { bulkable: true, filterable: true, searchable: true, pageSize: 10, mainField: 'label', defaultSortBy: 'label', defaultSortOrder: 'ASC' },
    metadatas: {
      id: { edit: {}, list: { label: 'id', searchable: false, sortable: false } },
      label: { edit: { label: 'label', description: '', placeholder: '', visible: true, editable: true }, list: { label: 'label', searchable: true, sortable: true } },
      value: { edit: { label: 'value', description: '', placeholder: '', visible: true, editable: true }, list: { label: 'value', searchable: true, sortable: true } },
      note: { edit: { label: 'note', description: '', placeholder: '', visible: true, editable: true }, list: { label: 'note', searchable: true, sortable: true } },
      documentId: { edit: {}, list: { label: 'documentId', searchable: true, sortable: true } },
    },
    layouts: {
      list: ['id', 'label', 'value', 'note'],
      edit: [
        [
          { name: 'label', size: 6 },
          { name: 'value', size: 4 },
        ],
        [{ name: 'note', size: 6 }],
      ],
    },
  };
  const options: MergeOptions = {
    fieldSize: (type) => ({ default: ['json', 'component'].includes(type) ? 12 : 6, isResizable: !['json', 'component'].includes(type) }),
    targetMainField: () => undefined,
  };
  const metric = componentLayouts.find((layout) => layout.uid === 'shared.metric');
  if (!metric) throw new Error('no shared.metric layout');

  it('survives a schema change: a removed field is skipped, a new one keeps what Strapi gave it', () => {
    const { configuration, unknownFields } = mergeConfiguration(generated, componentDefinition(metric), model, options);
    expect(unknownFields).toEqual(['unit']);
    expect(configuration.metadatas.unit).toBeUndefined();
    expect(configuration.metadatas.note).toEqual(generated.metadatas.note);
    expect(configuration.metadatas.label.edit.label).toBe('名称');
    expect(configuration.layouts.list).toEqual(['label', 'value']);
    expect(configuration.layouts.edit).toEqual([
      [
        { name: 'label', size: 6 },
        { name: 'value', size: 3 },
      ],
      [{ name: 'note', size: 6 }],
    ]);
  });

  it('is a fixed point: merging again gives the same configuration', () => {
    const once = mergeConfiguration(generated, componentDefinition(metric), model, options).configuration;
    expect(mergeConfiguration(once, componentDefinition(metric), model, options).configuration).toEqual(once);
  });

  it('gives full-width types a row of their own even when a definition asks for less', () => {
    const jsonModel: ContentManagerModel = { uid: 'shared.metric', attributes: { ...model.attributes, value: { type: 'json' } } };
    const { configuration } = mergeConfiguration(generated, componentDefinition(metric), jsonModel, options);
    expect(configuration.layouts.edit.slice(0, 2)).toEqual([[{ name: 'label', size: 6 }], [{ name: 'value', size: 12 }]]);
  });
});
