import type { Core } from '@strapi/strapi';
import type { NewsroomMediaConfig } from './config';

export const PLUGIN_ID = 'newsroom-media';

export const pluginConfig = (strapi: Core.Strapi): NewsroomMediaConfig =>
  strapi.config.get(`plugin::${PLUGIN_ID}`) as NewsroomMediaConfig;

/** Typed access to this plugin's services. */
export const getService = <Name extends keyof import('./services').Services>(
  strapi: Core.Strapi,
  name: Name
): import('./services').Services[Name] => strapi.plugin(PLUGIN_ID).service(name) as import('./services').Services[Name];

/** The photo relations the plugin reads: its image, and its photographer when a photographer type is configured. */
export const photoRelations = (config: NewsroomMediaConfig): Record<string, true> => ({
  [config.photo.fields.image]: true,
  ...(config.photographer ? { [config.photo.fields.photographer]: true } : {}),
});

export const isEmpty = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
