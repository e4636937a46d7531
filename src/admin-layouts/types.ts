/**
 * The shape of the content-manager layouts kept as code: what the admin's "configure the view" would store
 * (`settings`, `metadatas`, `layouts`), per attribute. Field names are checked against the schema files; a
 * field missing here is not a type error, so that adding one (e.g. in the content-type builder) still compiles
 * and starts with Strapi's defaults. tests/unit/admin-layouts.test.ts fails until it has a label.
 */

/** The attribute names of a schema JSON file, e.g. `AttributeName<typeof import('…/schema.json')>`. */
export type AttributeName<Schema extends { attributes: object }> = Extract<keyof Schema['attributes'], string>;

/** Fields that Strapi adds to every content type, usable as a sort column. */
export type SystemSortField = 'id' | 'createdAt' | 'updatedAt';

export interface FieldText {
  /** label in the edit view and, unless `listLabel` is set, the list column: short Chinese */
  label: string;
  /** a shorter column header for the list view */
  listLabel?: string;
  /** help text under the field in the edit view; content types prefix it with the group, e.g. 【正文】 */
  description: string;
  placeholder?: string;
  /** false for what the app computes or keeps private: shown, but read-only */
  editable?: boolean;
  /**
   * For relations: the target's field that pickers and list cells show. Defaults to the target type's own
   * `mainField` when the target has a layout here; set it for targets outside the newsroom (e.g. users).
   */
  mainField?: string;
}

/** Edit-view widths on Strapi's 12-column grid. Components, dynamic zones, JSON and rich text must be 12. */
export type FieldSize = 3 | 4 | 6 | 8 | 12;

export interface EditField<Field extends string = string> {
  name: Field;
  size: FieldSize;
}

/** One row of the edit view; its sizes add up to 12 at most. */
export type EditRow<Field extends string = string> = Array<EditField<Field>>;

/**
 * Strapi 5's edit view has no group headings: a group is a run of rows, and its name starts the help text of
 * each of its fields.
 */
export interface EditGroup<Field extends string = string> {
  name: string;
  rows: Array<EditRow<Field>>;
}

export interface ContentTypeLayout<Field extends string = string> {
  uid: `api::${string}.${string}`;
  settings: {
    /** the human name of an entry, shown in relation pickers, list links and the edit view's header */
    mainField: Field;
    defaultSortBy: Field | SystemSortField;
    defaultSortOrder: 'ASC' | 'DESC';
    pageSize?: 10 | 20 | 50 | 100;
  };
  fields: Partial<Record<Field, FieldText>>;
  /** list-view columns, in order (Strapi adds the status column of draft & publish types by itself) */
  list: Field[];
  /** edit-view groups, in order */
  edit: Array<EditGroup<Field>>;
}

export interface ComponentLayout<Field extends string = string> {
  uid: `${string}.${string}`;
  settings: {
    /** shown in the header of each entry of a repeatable component or dynamic zone */
    mainField: Field;
  };
  fields: Partial<Record<Field, FieldText>>;
  list: Field[];
  edit: Array<EditRow<Field>>;
}
