/**
 * The feed as RSS 2.0 and Atom 1.0 (both with Media RSS for the photo and its credit) and JSON Feed 1.1 (the
 * photo as `image` and as an attachment titled with its credit line). Every URL is absolute.
 */

import type { FeedItem } from './feed';

export interface Channel {
  title: string;
  description: string;
  /** the site (reader page) */
  homeUrl: string;
  /** this feed's own URL */
  selfUrl: string;
  language: string;
  updated: string;
}

const xml = (value: string | null | undefined): string =>
  (value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

const rfc822 = (iso: string): string => new Date(iso).toUTCString();

const guid = (item: FeedItem) => `urn:newsroom:${item.type}:${item.documentId}`;

/**
 * The cover as Media RSS, in RSS and Atom alike: feed readers show `media:credit` (the credit line, as printed)
 * and `media:description` (the caption).
 */
const mediaContent = (cover: FeedItem['cover']): string =>
  cover
    ? `<media:content url="${xml(cover.url)}" medium="image"${cover.mime ? ` type="${xml(cover.mime)}"` : ''}` +
      `${cover.width ? ` width="${cover.width}"` : ''}${cover.height ? ` height="${cover.height}"` : ''}>` +
      `${cover.caption ? `<media:description>${xml(cover.caption)}</media:description>` : ''}` +
      `${cover.creditLine ? `<media:credit role="photographer">${xml(cover.creditLine)}</media:credit>` : ''}` +
      '</media:content>'
    : '';

export const toRss = (items: FeedItem[], channel: Channel): string => {
  const entries = items.map(
    (item) =>
      `<item><title>${xml(item.title)}</title><link>${xml(item.url)}</link>` +
      `<guid isPermaLink="false">${xml(guid(item))}</guid><pubDate>${rfc822(item.date)}</pubDate>` +
      `<category>${item.type}</category>${item.summary ? `<description>${xml(item.summary)}</description>` : ''}${mediaContent(item.cover)}</item>`
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom"><channel>' +
    `<title>${xml(channel.title)}</title><link>${xml(channel.homeUrl)}</link><description>${xml(channel.description)}</description>` +
    `<language>${xml(channel.language)}</language><lastBuildDate>${rfc822(channel.updated)}</lastBuildDate>` +
    `<atom:link href="${xml(channel.selfUrl)}" rel="self" type="application/rss+xml"/>` +
    `${entries.join('')}</channel></rss>\n`
  );
};

export const toAtom = (items: FeedItem[], channel: Channel): string => {
  const entries = items.map(
    (item) =>
      `<entry><id>${xml(guid(item))}</id><title>${xml(item.title)}</title><updated>${item.updatedAt}</updated>` +
      `<published>${item.date}</published><link rel="alternate" href="${xml(item.url)}"/>` +
      `<category term="${item.type}"/>${item.summary ? `<summary>${xml(item.summary)}</summary>` : ''}` +
      (item.cover ? `<link rel="enclosure" href="${xml(item.cover.url)}"${item.cover.mime ? ` type="${xml(item.cover.mime)}"` : ''}` +
        `${item.cover.creditLine ? ` title="${xml(item.cover.creditLine)}"` : ''}/>` : '') +
      `${mediaContent(item.cover)}</entry>`
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" xml:lang="${xml(channel.language)}">` +
    `<id>${xml(channel.selfUrl)}</id><title>${xml(channel.title)}</title><subtitle>${xml(channel.description)}</subtitle>` +
    `<updated>${channel.updated}</updated><link rel="self" href="${xml(channel.selfUrl)}"/>` +
    `<link rel="alternate" href="${xml(channel.homeUrl)}"/><author><name>${xml(channel.title)}</name></author>` +
    `${entries.join('')}</feed>\n`
  );
};

export const toJsonFeed = (items: FeedItem[], channel: Channel, nextUrl: string | null) => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: channel.title,
  description: channel.description,
  home_page_url: channel.homeUrl,
  feed_url: channel.selfUrl,
  language: channel.language,
  ...(nextUrl ? { next_url: nextUrl } : {}),
  authors: [{ name: channel.title }],
  items: items.map((item) => ({
    id: guid(item),
    url: item.url,
    title: item.title,
    ...(item.summary ? { summary: item.summary, content_text: item.summary } : { content_text: item.title }),
    date_published: item.date,
    date_modified: item.updatedAt,
    tags: [item.type],
    ...(item.cover ? { image: item.cover.url } : {}),
    // the credit line as the attachment's title: JSON Feed has no credit field, and readers show the title
    ...(item.cover?.mime
      ? { attachments: [{ url: item.cover.url, mime_type: item.cover.mime, ...(item.cover.creditLine ? { title: item.cover.creditLine } : {}) }] }
      : {}),
    _newsroom: { type: item.type, documentId: item.documentId, slug: item.slug, cover: item.cover },
  })),
});
