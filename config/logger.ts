import { winston, formats } from '@strapi/logger';
import { envString } from '../src/utils/env';

const level = envString('LOG_LEVEL', 'http');

/** 24-hour clock (`HH`): `hh` is the 12-hour one, and the format has no AM/PM */
export const LOG_TIMESTAMP_FORMAT = 'YYYY-MM-DD HH:mm:ss.SSS';

// The transport's `level` is a threshold (LOG_LEVEL=warn prints errors and warnings); no level filter in the
// format, which keeps only the entries whose level name matches and would drop the errors.
export default {
  level,
  transports: [new winston.transports.Console({ level, format: formats.prettyPrint({ timestamps: LOG_TIMESTAMP_FORMAT }) })],
};
