module.exports = [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  // the plugin's two upload middlewares wrap the body parser: a failed upload leaves nothing, and every image is
  // inspected (type, size, pixels, embedded credits) before the upload plugin stores it
  'plugin::newsroom-media.upload-body',
  'strapi::body',
  'plugin::newsroom-media.upload-guard',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
