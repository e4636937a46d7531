/** The admin permission of the page 导入稿件 (registered by the plugin's server, server/src/permissions.ts). */
export const IMPORT_PERMISSIONS = [{ action: 'plugin::newsroom-media.import', subject: null }];
