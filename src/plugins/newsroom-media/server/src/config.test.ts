/**
 * newsroom-media's import options: the config validator refuses a bad `importer` or `importPaths` at start, and the
 * upload guard leaves exactly the configured paths (and what lies under them) to the importer.
 */
import pluginConfig, { defaultConfig } from '../../src/plugins/newsroom-media/server/src/config';
import { isImportPath } from '../../src/plugins/newsroom-media/server/src/middlewares/upload-guard';

const validate = (config: Record<string, unknown>) => () => pluginConfig.validator({ ...defaultConfig, ...config } as never);

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
