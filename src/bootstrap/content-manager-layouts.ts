/**
 * Applies the content-manager layouts kept as code (src/admin-layouts) at every start: Chinese labels and help
 * texts, list columns, edit-view rows, main fields and default sorting, for every newsroom content type and
 * component. The content-manager has already synced its stored configuration with the current schemas (its
 * plugin bootstrap runs before ours); our definitions are merged over that, so a field added later without a
 * layout entry keeps Strapi's defaults, and a configuration is written only when it differs.
 */

import { isDeepStrictEqual } from 'util';
import type { Core } from '@strapi/strapi';
import {
  componentLayouts,
  contentTypeLayouts,
  systemFieldLabels,
  type ComponentLayout,
  type ContentTypeLayout,
  type FieldText,
} from '../admin-layouts';

/** What the content-manager stores per field ("configure the view"). */
export interface FieldMetadata {
  edit: {
    label?: string;
    description?: string;
    placeholder?: string;
    visible?: boolean;
    editable?: boolean;
    mainField?: string;
  };
  list: {
    label?: string;
    searchable?: boolean;
    sortable?: boolean;
  };
}

export interface StoredEditField {
  name: string;
  size: number;
}

/** What the content-manager stores per content type or component. */
export interface ViewConfiguration {
  settings: Record<string, unknown>;
  metadatas: Record<string, FieldMetadata>;
  layouts: { list: string[]; edit: StoredEditField[][] } & Record<string, unknown>;
}

interface ModelAttribute {
  type: string;
  customField?: string;
  /** set by the content-manager on relations */
  targetModel?: string;
}

/** A content type or component as the content-manager's services see it. */
export interface ContentManagerModel {
  uid: string;
  attributes: Record<string, ModelAttribute>;
}

interface ConfigurationService {
  findConfiguration(model: ContentManagerModel): Promise<ViewConfiguration>;
  updateConfiguration(model: ContentManagerModel, configuration: ViewConfiguration): Promise<unknown>;
}

interface ContentTypesService extends ConfigurationService {
  findContentType(uid: string): ContentManagerModel | undefined;
}

interface ComponentsService extends ConfigurationService {
  findComponent(uid: string): ContentManagerModel | undefined;
}

export interface FieldSize {
  default: number;
  isResizable: boolean;
}

interface FieldSizesService {
  hasFieldSize(type: string | undefined): boolean;
  getFieldSize(type: string): FieldSize;
}

/** A content type's or component's layout, with the group names folded into the help texts. */
export interface LayoutDefinition {
  uid: string;
  settings: Record<string, string | number>;
  fields: Record<string, FieldText>;
  list: string[];
  edit: StoredEditField[][];
  /** labels of the fields Strapi adds (timestamps, creator), where the model has them */
  systemLabels: Record<string, string>;
}

export interface MergeOptions {
  /** the content-manager's width rules for a field type, if it has any */
  fieldSize: (type: string) => FieldSize | undefined;
  /** the main field of a relation's target, when the target has a layout here */
  targetMainField: (uid: string) => string | undefined;
}

export interface MergeResult {
  configuration: ViewConfiguration;
  /** fields of the definition that the model does not have (the schema changed) */
  unknownFields: string[];
}

export interface LayoutReport {
  /** uids whose stored configuration was written */
  written: string[];
  /** uids whose stored configuration already matched */
  unchanged: string[];
}

const MAX_ROW_SIZE = 12;
const SYSTEM_FIELDS = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy']);
// the content-manager's own rules (services/utils/configuration/attributes): no list column, no sorting
const NON_LISTABLE_TYPES = new Set(['json', 'password', 'richtext', 'dynamiczone', 'blocks']);
const NON_SORTABLE_TYPES = new Set(['component', 'json', 'media', 'richtext', 'dynamiczone', 'blocks', 'relation']);

/** The help text of a field of a content type starts with its group, so the grouping shows in the edit view. */
export const groupedDescription = (group: string, description: string): string => `【${group}】${description}`;

const definedFields = (fields: Partial<Record<string, FieldText>>): Record<string, FieldText> =>
  Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, FieldText] => entry[1] !== undefined));

/** A content type's layout as the content-manager stores it: groups become rows and help-text prefixes. */
export const contentTypeDefinition = (layout: ContentTypeLayout): LayoutDefinition => {
  const fields = definedFields(layout.fields);
  for (const group of layout.edit) {
    for (const { name } of group.rows.flat()) {
      const text = fields[name];
      if (text) fields[name] = { ...text, description: groupedDescription(group.name, text.description) };
    }
  }
  const { pageSize, ...settings } = layout.settings;
  return {
    uid: layout.uid,
    settings: pageSize === undefined ? settings : { ...settings, pageSize },
    fields,
    list: layout.list,
    edit: layout.edit.flatMap((group) => group.rows),
    systemLabels: systemFieldLabels,
  };
};

export const componentDefinition = (layout: ComponentLayout): LayoutDefinition => ({
  uid: layout.uid,
  settings: { mainField: layout.settings.mainField, defaultSortBy: layout.settings.mainField, defaultSortOrder: 'ASC' },
  fields: definedFields(layout.fields),
  list: layout.list,
  edit: layout.edit,
  systemLabels: {},
});

const packRows = (fields: StoredEditField[]): StoredEditField[][] =>
  fields.reduce<StoredEditField[][]>((rows, field) => {
    const last = rows[rows.length - 1];
    if (last && last.reduce((sum, { size }) => sum + size, 0) + field.size <= MAX_ROW_SIZE) last.push(field);
    else rows.push([field]);
    return rows;
  }, []);

/**
 * The configuration to store: the current one (what Strapi generated and synced for the current schema) with
 * the definition laid over it. Pure, so that it can be tested without a Strapi.
 */
export const mergeConfiguration = (
  current: ViewConfiguration,
  definition: LayoutDefinition,
  model: ContentManagerModel,
  { fieldSize, targetMainField }: MergeOptions
): MergeResult => {
  const attributeOf = (name: string): ModelAttribute | undefined =>
    Object.prototype.hasOwnProperty.call(model.attributes, name) ? model.attributes[name] : undefined;
  const inEditView = (name: string): boolean => attributeOf(name) !== undefined && !SYSTEM_FIELDS.has(name);
  const listable = (name: string): boolean => !NON_LISTABLE_TYPES.has(attributeOf(name)?.type ?? 'json');
  const sortable = (name: string): boolean => !NON_SORTABLE_TYPES.has(attributeOf(name)?.type ?? 'json');
  const unknownFields = Object.keys(definition.fields).filter((name) => attributeOf(name) === undefined);

  // settings: main field and sorting only where the schema still allows them
  const settings: Record<string, unknown> = { ...current.settings };
  for (const [key, value] of Object.entries(definition.settings)) {
    if (key === 'mainField' && !(typeof value === 'string' && listable(value) && sortable(value))) continue;
    if (key === 'defaultSortBy' && !(typeof value === 'string' && sortable(value))) continue;
    settings[key] = value;
  }

  const metadatas: Record<string, FieldMetadata> = { ...current.metadatas };
  for (const [name, text] of Object.entries(definition.fields)) {
    const attribute = attributeOf(name);
    if (!attribute) continue;
    const stored = current.metadatas[name] ?? { edit: {}, list: {} };
    const edit: FieldMetadata['edit'] = {
      ...stored.edit,
      label: text.label,
      description: text.description,
      placeholder: text.placeholder ?? '',
      editable: text.editable ?? true,
    };
    const mainField = attribute.type === 'relation' ? (text.mainField ?? targetMainField(attribute.targetModel ?? '')) : undefined;
    if (mainField !== undefined) edit.mainField = mainField;
    metadatas[name] = { edit, list: { ...stored.list, label: text.listLabel ?? text.label } };
  }

  for (const [name, label] of Object.entries(definition.systemLabels)) {
    const stored = current.metadatas[name];
    if (stored) metadatas[name] = { edit: { ...stored.edit, label }, list: { ...stored.list, label } };
  }

  const list = definition.list.filter((name) => attributeOf(name) !== undefined && listable(name));

  const sized = (field: StoredEditField): StoredEditField => {
    const attribute = attributeOf(field.name);
    const rules = attribute ? fieldSize(attribute.customField ?? attribute.type) ?? fieldSize(attribute.type) : undefined;
    if (rules && !rules.isResizable) return { name: field.name, size: rules.default };
    return { name: field.name, size: Math.min(field.size, MAX_ROW_SIZE) };
  };
  const ours = definition.edit.flatMap((row) => packRows(row.filter(({ name }) => inEditView(name)).map(sized)));
  const placed = new Set(ours.flat().map(({ name }) => name));
  // fields without a layout entry stay where Strapi put them, after ours
  const theirs = current.layouts.edit
    .map((row) => row.filter(({ name }) => !placed.has(name)))
    .filter((row) => row.length > 0);

  return {
    configuration: {
      settings,
      metadatas,
      layouts: { ...current.layouts, list: list.length > 0 ? list : current.layouts.list, edit: [...ours, ...theirs] },
    },
    unknownFields,
  };
};

const storedPart = ({ settings, metadatas, layouts }: ViewConfiguration): ViewConfiguration => ({ settings, metadatas, layouts });

/** Writes the layouts of src/admin-layouts into the content-manager's configuration, where they differ. */
export const applyContentManagerLayouts = async (strapi: Core.Strapi): Promise<LayoutReport> => {
  const contentManager = strapi.plugin('content-manager');
  const contentTypes = contentManager.service('content-types') as ContentTypesService;
  const components = contentManager.service('components') as ComponentsService;
  const fieldSizes = contentManager.service('field-sizes') as FieldSizesService;

  const mainFields = new Map(contentTypeLayouts.map((layout) => [layout.uid as string, layout.settings.mainField]));
  const options: MergeOptions = {
    fieldSize: (type) => (fieldSizes.hasFieldSize(type) ? fieldSizes.getFieldSize(type) : undefined),
    targetMainField: (uid) => mainFields.get(uid),
  };
  const targets: Array<{ definition: LayoutDefinition; service: ConfigurationService; model: ContentManagerModel | undefined }> = [
    ...contentTypeLayouts.map((layout) => ({
      definition: contentTypeDefinition(layout),
      service: contentTypes,
      model: contentTypes.findContentType(layout.uid),
    })),
    ...componentLayouts.map((layout) => ({
      definition: componentDefinition(layout),
      service: components,
      model: components.findComponent(layout.uid),
    })),
  ];

  const report: LayoutReport = { written: [], unchanged: [] };
  for (const { definition, service, model } of targets) {
    if (!model) {
      strapi.log.warn(`[newsroom] content-manager layout for ${definition.uid}: no such content type or component`);
      continue;
    }
    const current = storedPart(await service.findConfiguration(model));
    if (Object.keys(current.metadatas).length === 0) {
      strapi.log.warn(`[newsroom] content-manager layout for ${definition.uid}: no stored configuration to start from`);
      continue;
    }
    const { configuration, unknownFields } = mergeConfiguration(current, definition, model, options);
    if (unknownFields.length > 0) {
      strapi.log.warn(`[newsroom] content-manager layout for ${definition.uid} names missing fields: ${unknownFields.join(', ')}`);
    }
    if (isDeepStrictEqual(configuration, current)) {
      report.unchanged.push(definition.uid);
      continue;
    }
    await service.updateConfiguration(model, configuration);
    report.written.push(definition.uid);
  }
  if (report.written.length > 0) {
    strapi.log.info(`[newsroom] content-manager layouts written: ${report.written.join(', ')}`);
  }
  return report;
};
