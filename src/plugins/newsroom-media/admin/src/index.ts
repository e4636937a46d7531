/**
 * Admin side of newsroom-media: registers the plugin. The photo's credit line and the metadata read from its
 * file are fields of the photo type, so the content-manager shows them in the edit view.
 */

const PLUGIN_ID = 'newsroom-media';

export default {
  register(app: { registerPlugin: (plugin: { id: string; name: string }) => void }) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'Newsroom media' });
  },
  bootstrap() {},
  async registerTrads() {
    return [];
  },
};
