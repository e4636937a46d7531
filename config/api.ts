import { PAGINATION } from '../src/utils/limits';

export default {
  rest: {
    defaultLimit: PAGINATION.defaultLimit,
    maxLimit: PAGINATION.maxLimit,
    withCount: true,
    strictParams: true,
  },
};
