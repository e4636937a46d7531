/**
 * newsroom-media's configuration: the validator refuses at start what is not a configuration of the plugin (every
 * problem named with its path), `checkModel` what does not match the app's content types; the upload guard leaves
 * exactly the configured import paths (and what lies under them) to the importer.
 */
import type { Core } from '@strapi/strapi';
import pluginConfig, { checkModel, defaultConfig, type NewsroomMediaConfig } from './config';
import { isImportPath } from './middlewares/upload-guard';

const validate = (config: Record<string, unknown>) => () =>
  pluginConfig.validator({ ...defaultConfig, photo: { ...defaultConfig.photo, uid: 'api::picture.picture' }, ...config });

describe('newsroom-media config: importer and importPaths', () => {
  it('accepts no importer, and a service uid', () => {
    expect(validate({})).not.toThrow();
    expect(validate({ importer: 'api::import.importer', importPaths: ['/newsroom-media/imports', '/api/imports'] })).not.toThrow();
    expect(validate({ importer: 'plugin::some-plugin.pages' })).not.toThrow();
  });

  it.each([['import.importer'], [''], ['api::import'], [42], ['api::import.importer; drop']])('refuses the importer %p', (importer) => {
    expect(validate({ importer })).toThrow(/importer must be a service uid/);
  });

  it.each([['/api/imports'], [['api/imports']], [['/api/imports', 7]], [['/api/imports?x=1']], [['/api/ imports']]])(
    'refuses importPaths %p',
    (importPaths) => {
      expect(validate({ importPaths })).toThrow(/importPaths must be a list of request paths/);
    }
  );
});

describe('newsroom-media config: the whole of it', () => {
  it('asks for the photo type, which has no default', () => {
    expect(() => pluginConfig.validator(defaultConfig)).toThrow(/^newsroom-media: invalid configuration \(config\/plugins.ts\): photo.uid: /);
  });

  it('names every problem with its path', () => {
    const config = {
      ...defaultConfig,
      photo: { uid: 'photo', fields: { ...defaultConfig.photo.fields, caption: 'the caption' } },
      uploads: { maxFileSize: -1, maxPixels: 100 },
      publicUrl: 'ftp://example.com',
    };
    let message = '';
    try {
      pluginConfig.validator(config);
    } catch (error) {
      message = (error as Error).message;
    }
    for (const path of ['photo.uid', 'photo.fields.caption', 'uploads.maxFileSize', 'publicUrl']) expect(message).toContain(`${path}: `);
    expect(message).not.toContain('uploads.maxPixels');
  });

  it('refuses options it does not know (a misspelt key is not ignored)', () => {
    expect(validate({ submiterRole: 'photographer' })).toThrow(/submiterRole/);
    expect(validate({ photo: { uid: 'api::picture.picture', fields: { ...defaultConfig.photo.fields, captoin: 'caption' } } })).toThrow(/captoin/);
  });

  it('takes a photographer type with its fields, or none', () => {
    const fields = { name: 'name', nameEn: 'nameEn', defaultRole: 'defaultRole', account: 'account' };
    expect(validate({ photographer: null })).not.toThrow();
    expect(validate({ photographer: { uid: 'api::person.person', fields } })).not.toThrow();
    expect(validate({ photographer: { uid: 'api::person.person', fields: { name: 'name' } } })).toThrow(/photographer.fields.nameEn: /);
  });
});

describe('newsroom-media config: against the content types', () => {
  const attributes = (...names: string[]) => ({ attributes: Object.fromEntries(names.map((name) => [name, { type: 'string' }])) });
  const photoFields = Object.values(defaultConfig.photo.fields).filter((name) => name !== 'photographer');
  const app = (contentTypes: Record<string, unknown>) => ({ contentTypes }) as unknown as Core.Strapi;
  const config = (overrides: Partial<NewsroomMediaConfig> = {}): NewsroomMediaConfig => ({
    ...defaultConfig,
    photo: { uid: 'api::picture.picture', fields: defaultConfig.photo.fields },
    ...overrides,
  });

  it('accepts a photo type that has every field (the photographer relation only with a photographer type)', () => {
    expect(() => checkModel(app({ 'api::picture.picture': attributes(...photoFields) }), config())).not.toThrow();
  });

  it('names the missing type, the missing fields and the missing relations', () => {
    expect(() => checkModel(app({}), config())).toThrow('photo.uid: "api::picture.picture" is not a content type of this app');
    const withoutCaption = attributes(...photoFields.filter((name) => name !== 'caption'));
    expect(() => checkModel(app({ 'api::picture.picture': withoutCaption }), config())).toThrow(
      'photo.fields.caption: "caption" is not an attribute of the type'
    );
    const linked = config({ submissionLinks: { story: { relation: 'stories', uid: 'api::story.story' } } });
    expect(() => checkModel(app({ 'api::picture.picture': attributes(...photoFields) }), linked)).toThrow(
      /submissionLinks.story.uid: "api::story.story" is not a content type of this app; submissionLinks.story.relation: "stories"/
    );
    const people = config({ photographer: { uid: 'api::person.person', fields: { name: 'name', nameEn: 'nameEn', defaultRole: 'defaultRole', account: 'account' } } });
    expect(() => checkModel(app({ 'api::picture.picture': attributes(...photoFields), 'api::person.person': attributes('name') }), people)).toThrow(
      /photo.fields.photographer: "photographer" is not an attribute of the type; photographer.fields.nameEn: /
    );
  });
});

describe('isImportPath', () => {
  const paths = ['/newsroom-media/imports', '/api/imports'];

  it.each([['/newsroom-media/imports'], ['/api/imports'], ['/api/imports/preview']])('leaves %s to the importer', (requestPath) => {
    expect(isImportPath(requestPath, paths)).toBe(true);
  });

  it.each([['/api/upload'], ['/api/importsx'], ['/api/import'], ['/newsroom-media/imports-other'], ['/upload'], ['/']])(
    'inspects the files of %s',
    (requestPath) => {
      expect(isImportPath(requestPath, paths)).toBe(false);
    }
  );

  it('inspects everything when no path is configured', () => {
    expect(isImportPath('/api/imports', [])).toBe(false);
  });
});
