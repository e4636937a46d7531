/** What an import answers: the newsroom-media plugin's importer contract, which its admin page shows. */

export type { ImportPhotographerMatch as PhotographerMatch, ImportResult, ImportResultBlock } from '#newsroom-media';
