const path = require('path');

module.exports = ({ env }) =>
  env('DATABASE_CLIENT', 'sqlite') === 'postgres'
    ? { connection: { client: 'postgres', connection: { connectionString: env('DATABASE_URL') } } }
    : { connection: { client: 'sqlite', connection: { filename: env('DATABASE_FILENAME', path.join(__dirname, '..', '.tmp', 'data.db')) }, useNullAsDefault: true } };
