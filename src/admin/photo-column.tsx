/**
 * Content-manager list views: a column that shows one related photo (an article's 封面, say) shows the photo's
 * thumbnail next to its caption, rather than the caption alone.
 */

import { PHOTO_UID, PhotoCell, type PhotoRelation } from './components/PhotoCell';

interface ListHeader {
  name: string;
  attribute: { type: string; target?: string; relation?: string };
  cellFormatter?: unknown;
}

interface ListColumns {
  displayedHeaders: ListHeader[];
  layout: unknown;
}

type Row = Record<string, unknown>;

const isOnePhoto = ({ attribute }: ListHeader): boolean =>
  attribute.type === 'relation' && attribute.target === PHOTO_UID && /One$/.test(attribute.relation ?? '');

/** A waterfall of the content-manager's `Admin/CM/pages/ListView/inject-column-in-table` hook. */
export const showPhotoThumbnails = ({ displayedHeaders, layout }: ListColumns): ListColumns => ({
  layout,
  displayedHeaders: displayedHeaders.map((header) =>
    isOnePhoto(header) && header.cellFormatter === undefined
      ? {
          ...header,
          cellFormatter: (row: Row) => (
            <PhotoCell photo={row[header.name] as PhotoRelation | null | undefined} locale={typeof row.locale === 'string' ? row.locale : null} />
          ),
        }
      : header
  ),
});
