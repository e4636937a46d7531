import { winston, formats } from '@strapi/logger';
import { envString } from '../src/utils/env';

const level = envString('LOG_LEVEL', 'http');

export default {
  transports: [
    new winston.transports.Console({
      level,
      format: winston.format.combine(
        formats.levelFilter(level),
        formats.prettyPrint({ timestamps: 'YYYY-MM-DD hh:mm:ss.SSS' })
      ),
    }),
  ],
};
