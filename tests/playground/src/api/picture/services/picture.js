module.exports = require('@strapi/strapi').factories.createCoreService('api::picture.picture');
