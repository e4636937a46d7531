/**
 * List-view cell of a relation to a photo (an article's cover, say): the photo's thumbnail next to its caption.
 * The list only carries the photo's own fields, so the image is read once per photo and locale from the
 * content-manager API, with the signed-in editor's permissions; a photo they may not read shows its caption only.
 */

import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';

export const PHOTO_UID = 'api::photo.photo';

interface ImageFormat {
  url?: string;
}

interface PhotoImage {
  url?: string;
  alternativeText?: string | null;
  formats?: Record<string, ImageFormat | undefined> | null;
}

export interface PhotoRelation {
  documentId?: string;
  caption?: string | null;
  altText?: string | null;
  locale?: string | null;
}

type Get = ReturnType<typeof useFetchClient>['get'];

/** thumbnail URLs by photo and locale, for as long as the admin page stays open */
const thumbnails = new Map<string, Promise<string | null>>();

const thumbnailOf = (get: Get, documentId: string, locale: string | null | undefined): Promise<string | null> => {
  const key = `${documentId}:${locale ?? ''}`;
  let found = thumbnails.get(key);
  if (!found) {
    found = get<{ data?: { image?: PhotoImage | null } }>(`/content-manager/collection-types/${PHOTO_UID}/${documentId}`, {
      params: locale ? { locale } : {},
    }).then(
      ({ data }) => {
        const image = data.data?.image;
        return image?.formats?.thumbnail?.url ?? image?.url ?? null;
      },
      () => {
        thumbnails.delete(key); // not readable now (permissions, network): try again on the next render
        return null;
      }
    );
    thumbnails.set(key, found);
  }
  return found;
};

/** the table's own cell text: the design system's omega typography */
const TEXT: React.CSSProperties = { fontSize: '1.4rem', lineHeight: 1.43, color: 'inherit' };

export const PhotoCell = ({ photo, locale }: { photo: PhotoRelation | null | undefined; locale?: string | null }) => {
  const { get } = useFetchClient();
  const [url, setUrl] = React.useState<string | null>(null);
  const documentId = photo?.documentId;

  React.useEffect(() => {
    if (!documentId) return undefined;
    let current = true;
    thumbnailOf(get, documentId, photo?.locale ?? locale).then((found) => {
      if (current) setUrl(found);
    });
    return () => {
      current = false;
    };
  }, [get, documentId, photo?.locale, locale]);

  if (!photo) return <span style={TEXT}>-</span>;
  const caption = photo.caption ?? '';
  return (
    <span style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
      {url ? (
        <img
          src={url}
          alt={photo.altText ?? caption}
          width={48}
          height={32}
          style={{ objectFit: 'cover', borderRadius: 4, flexShrink: 0 }}
          data-newsroom-thumbnail=""
        />
      ) : null}
      <span style={{ ...TEXT, maxWidth: '16rem', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{caption}</span>
    </span>
  );
};
