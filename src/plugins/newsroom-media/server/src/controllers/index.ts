import submission from './submission';

export default { submission };
