import imports from './imports';
import submission from './submission';

export default { imports, submission };
