/**
 * src/read-path/feed.ts: the feed's sort key, from metadata names, with the reporting articles' date between the own
 * date and the publication time.
 */

import type { Core } from '@strapi/strapi';
import { feedSortKey, feedSortKeyOf } from '../../src/read-path/feed';

const ACTIVITY = {
  uid: 'api::activity.activity',
  tableName: 'events',
  attributes: {
    id: { type: 'increments', columnName: 'id' },
    startDate: { type: 'date', columnName: 'begins_on' },
    publishedAt: { type: 'datetime', columnName: 'went_live' },
  },
};

const strapiOf = (client: string) =>
  ({ db: { metadata: new Map([[ACTIVITY.uid, ACTIVITY]]), dialect: { client } } }) as unknown as Core.Strapi;

describe('feed sort key', () => {
  it('puts the reported date between the own date and the publication time, on both databases', () => {
    expect(feedSortKeyOf(strapiOf('postgres'), 'activity', 't', 'r."reported"')).toBe('COALESCE(t."begins_on"::timestamp, r."reported", t."went_live")');
    expect(feedSortKeyOf(strapiOf('sqlite'), 'activity', 't', 'r."reported"')).toBe(
      `COALESCE(CAST(strftime('%s', t."begins_on") AS INTEGER) * 1000, r."reported", t."went_live")`
    );
  });

  it('has no reported part without one (an index definition), and quotes bare columns', () => {
    expect(feedSortKeyOf(strapiOf('postgres'), 'activity')).toBe('COALESCE("begins_on"::timestamp, "went_live")');
    expect(feedSortKey('postgres', { column: 'shown', type: 'datetime', published: 'live', alias: 'a' })).toBe('COALESCE(a."shown", a."live")');
  });
});
