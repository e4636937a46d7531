// the plugin told where this app keeps its photos: another type name and other field names than the newsroom's,
// and no photographer type (the credited person's name goes to `byline`)
module.exports = ({ env }) => ({
  'newsroom-media': {
    enabled: true,
    config: {
      photo: {
        // PICTURE_UID: the test of a start refused for a type this app does not have
        uid: env('PICTURE_UID', 'api::picture.picture'),
        fields: {
          image: 'file',
          caption: 'legend',
          altText: 'alt',
          creditRole: 'creditRole',
          creditName: 'byline',
          creditLine: 'credit',
          structuredData: 'jsonLd',
          takenAt: 'shotAt',
          location: 'place',
          copyrightNotice: 'copyright',
          usageTerms: 'terms',
          metadata: 'fileMetadata',
          submittedBy: 'submitter',
        },
      },
      photographer: null,
      publicUrl: env('PUBLIC_URL', ''),
      uploads: { maxFileSize: 10 * 1024 * 1024, maxPixels: 40_000_000 },
    },
  },
});
