module.exports = require('@strapi/strapi').factories.createCoreController('api::picture.picture');
