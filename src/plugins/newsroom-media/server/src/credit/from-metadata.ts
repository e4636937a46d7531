/**
 * Maps what a file says about itself to a photo's credit fields: `通讯员 李明` in the byline (or `通讯员` as
 * the byline title and `李明` as the byline) becomes a correspondent named 李明; `…供图` and `资料图片` in the
 * credit become a provided or a file photo.
 */

import type { EmbeddedMetadata } from '../metadata/read';
import { parseCreditText, type CreditRole } from './credit-line';

export interface CreditFromFile {
  caption?: string;
  creditRole?: CreditRole;
  /** the person to credit, matched to (or created as) a photographer */
  photographerName?: string;
  /** a provider or a name that is not a person record */
  creditName?: string;
  takenAt?: string;
  location?: string;
  copyrightNotice?: string;
  usageTerms?: string;
}

export const creditFromMetadata = (metadata: EmbeddedMetadata): CreditFromFile => {
  const result: CreditFromFile = {
    caption: metadata.caption,
    takenAt: metadata.dateTaken,
    location: metadata.location,
    copyrightNotice: metadata.copyright,
    usageTerms: metadata.usageTerms,
  };

  const fromCredit = metadata.credit ? parseCreditText(metadata.credit) : null;
  if (fromCredit?.creditRole === 'filePhoto') return { ...result, creditRole: 'filePhoto' };
  if (fromCredit?.creditRole === 'provided') return { ...result, creditRole: 'provided', creditName: fromCredit.name ?? undefined };

  const byline = [metadata.creatorTitle, metadata.creator].filter(Boolean).join(' ');
  const fromByline = byline ? parseCreditText(byline) : null;
  if (fromByline?.name) {
    return { ...result, creditRole: fromByline.creditRole ?? fromCredit?.creditRole ?? undefined, photographerName: fromByline.name };
  }
  if (fromCredit?.name) return { ...result, creditRole: fromCredit.creditRole ?? undefined, photographerName: fromCredit.name };
  return result;
};
