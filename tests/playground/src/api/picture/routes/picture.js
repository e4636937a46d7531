module.exports = require('@strapi/strapi').factories.createCoreRouter('api::picture.picture');
