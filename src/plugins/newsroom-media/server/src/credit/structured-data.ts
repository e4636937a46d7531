/**
 * schema.org ImageObject for a photo, so frontends can emit JSON-LD (Google's image licence metadata reads
 * creator, creditText, copyrightNotice and license).
 */

import { absoluteUrl } from '../public-url';

export interface ImageObjectInput {
  url?: string | null;
  width?: number | null;
  height?: number | null;
  caption?: string | null;
  creditLine?: string | null;
  creatorName?: string | null;
  copyrightNotice?: string | null;
  usageTerms?: string | null;
  takenAt?: string | null;
  location?: string | null;
  locale?: string | null;
}


export const imageObject = (photo: ImageObjectInput, publicUrl = ''): Record<string, unknown> => {
  const object: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'ImageObject',
  };
  if (photo.url) object.contentUrl = absoluteUrl(photo.url, publicUrl);
  if (photo.width) object.width = photo.width;
  if (photo.height) object.height = photo.height;
  if (photo.caption) object.caption = photo.caption;
  if (photo.locale) object.inLanguage = photo.locale;
  if (photo.creatorName) object.creator = { '@type': 'Person', name: photo.creatorName };
  if (photo.creditLine) object.creditText = photo.creditLine;
  if (photo.copyrightNotice) object.copyrightNotice = photo.copyrightNotice;
  // a usage-terms URL is a licence; free text stays usage information
  if (photo.usageTerms && /^https?:\/\//i.test(photo.usageTerms)) object.license = photo.usageTerms;
  else if (photo.usageTerms) object.usageInfo = photo.usageTerms;
  if (photo.takenAt) object.dateCreated = photo.takenAt;
  if (photo.location) object.contentLocation = { '@type': 'Place', name: photo.location };
  return object;
};
