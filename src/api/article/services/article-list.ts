/**
 * article-list service: the default article list's fast path (and the article page by slug), whose SQL lives in
 * the read-path module.
 */

export { articleList as default, FAST_SORT_FIELDS, type ArticleListRequest, type ArticleListResponse, type FastSortField } from '../../../read-path';
