import credits from './credits';
import files from './files';
import imports from './imports';
import routes from './routes';
import storage from './storage';
import submissions from './submissions';
import uploads from './uploads';

const services = { credits, files, imports, routes, storage, submissions, uploads };

export type Services = { [Name in keyof typeof services]: ReturnType<(typeof services)[Name]> };

export default services;
