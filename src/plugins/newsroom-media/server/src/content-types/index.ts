import schema from './file-metadata/schema.json';

export default {
  'file-metadata': { schema },
};
