import { errors } from '@strapi/utils';
import JSZip from 'jszip';
import { matchImages, readImageArchive } from '../../src/import/archive';
import { parsePage } from '../../src/import/parse';
import type { ImportImage, PageBlock } from '../../src/import/types';

const zipOf = async (entries: Record<string, string | Buffer | null>): Promise<Buffer> => {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(entries)) {
    if (content === null) zip.folder(name);
    else zip.file(name, content, { createFolders: false });
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
};

const rejection = async (promise: Promise<unknown>): Promise<Record<string, unknown>> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof errors.ValidationError) return error.details as Record<string, unknown>;
    throw error;
  }
  throw new Error('the promise resolved');
};

const failure = (run: () => unknown): Record<string, unknown> => {
  try {
    run();
  } catch (error) {
    if (error instanceof errors.ValidationError) return error.details as Record<string, unknown>;
    throw error;
  }
  throw new Error('no error');
};

describe('readImageArchive', () => {
  it('returns the images in natural name order with their bytes and types, skipping the rest', async () => {
    const data = await zipOf({
      '10.jpg': 'ten',
      '2.JPG': 'two',
      'photos/': null,
      'photos/1.png': 'one',
      '__MACOSX/._2.jpg': 'resource fork',
      '.DS_Store': 'finder',
      'photos/.hidden.jpg': 'hidden',
      'page.txt': '# 题',
    });
    const images = await readImageArchive(data);
    expect(images.map((image) => [image.name, image.mime, image.data.toString()])).toEqual([
      ['2.JPG', 'image/jpeg', 'two'],
      ['10.jpg', 'image/jpeg', 'ten'],
      ['photos/1.png', 'image/png', 'one'],
    ]);
  });

  it.each(['../evil.jpg', 'photos/../../evil.jpg', '/etc/evil.jpg'])('refuses the entry %s (unsafeArchivePath)', async (name) => {
    const details = await rejection(readImageArchive(await zipOf({ 'ok.jpg': 'ok', [name]: 'evil' })));
    expect(details).toMatchObject({ code: 'unsafeArchivePath', found: name });
  });

  it('refuses an archive whose images unpack to more than maxBytes (archiveTooLarge)', async () => {
    const data = await zipOf({ 'a.jpg': Buffer.alloc(600_000), 'b.jpg': Buffer.alloc(600_000) });
    expect(data.length).toBeLessThan(100_000);
    expect(await rejection(readImageArchive(data, 1_000_000))).toMatchObject({ code: 'archiveTooLarge' });
    expect(await readImageArchive(data, 1_200_000)).toHaveLength(2);
  });

  /** A zip whose headers claim every entry holds 10 bytes. */
  const lying = async (size: number): Promise<Buffer> => {
    const data = await zipOf({ 'a.jpg': Buffer.alloc(size) });
    for (let offset = 0; offset < data.length - 4; offset += 1) {
      const signature = data.readUInt32LE(offset);
      if (signature === 0x02014b50) data.writeUInt32LE(10, offset + 24);
      if (signature === 0x04034b50) data.writeUInt32LE(10, offset + 22);
    }
    return data;
  };

  it('counts the bytes it unpacks, not the sizes the archive declares', async () => {
    expect(await rejection(readImageArchive(await lying(600_000), 100_000))).toMatchObject({ code: 'archiveTooLarge' });
    expect(await rejection(readImageArchive(await lying(50_000), 100_000))).toMatchObject({ code: 'brokenArchive' });
  });

  it('refuses data that is not a zip', async () => {
    expect(await rejection(readImageArchive(Buffer.from('not a zip')))).toMatchObject({ code: 'notArchive' });
  });
});

describe('matchImages', () => {
  const image = (name: string): ImportImage => ({ name, mime: 'image/jpeg', data: Buffer.from(name) });
  const page = parsePage(
    ['# 题', '第一张。', '■ 摄影 记者 甲', '图3 第二张。', '■ 摄影 记者 乙', '第三张。[dsc_9.JPG]', '■ 摄影 记者 丙', '第四张。(资料图片)', '### 小标题', '正文。'].join('\n'),
  );
  const photoIndexes = page.blocks.flatMap((block, index) => (block.kind === 'photo' ? [index] : []));

  it('reads the test page as four photos, two of them with hints', () => {
    expect(page.blocks.map((block) => (block.kind === 'photo' ? block.imageHint : block.heading))).toEqual([null, '3', 'dsc_9.JPG', null, '小标题']);
  });

  it('gives hinted photos their image (by number, by file name ignoring case) and the rest in order', () => {
    const images = [image('a.jpg'), image('b.jpg'), image('c.jpg'), image('DSC_9.jpg')];
    const { byBlock, missing, warnings } = matchImages(page.blocks, images);
    expect(photoIndexes.map((index) => images[byBlock.get(index) ?? -1]?.name)).toEqual(['a.jpg', 'c.jpg', 'DSC_9.jpg', 'b.jpg']);
    expect(missing).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('lists the photos left without an image, and a hint that names none falls back to page order with a warning', () => {
    const { byBlock, missing, warnings } = matchImages(page.blocks, [image('x.jpg'), image('y.jpg')]);
    expect(photoIndexes.map((index) => byBlock.get(index))).toEqual([0, 1, undefined, undefined]);
    expect(missing).toEqual([photoIndexes[2], photoIndexes[3]]);
    expect(warnings.map((warning) => warning.code).sort()).toEqual(['imageHintNotFound', 'imageHintNotFound']);
  });

  it('warns when two photos name the same image', () => {
    const blocks: PageBlock[] = [
      { kind: 'photo', line: 1, caption: '图1', credit: null, imageHint: '1' },
      { kind: 'photo', line: 2, caption: '图1', credit: null, imageHint: '1' },
    ];
    const { byBlock, warnings } = matchImages(blocks, [image('a.jpg'), image('b.jpg')]);
    expect([byBlock.get(0), byBlock.get(1)]).toEqual([0, 1]);
    expect(warnings).toEqual([expect.objectContaining({ code: 'imageHintTaken', line: 2 })]);
  });

  it('refuses more images than photos (tooManyImages) with the counts', () => {
    const images = ['1', '2', '3', '4', '5'].map((name) => image(`${name}.jpg`));
    expect(failure(() => matchImages(page.blocks, images))).toMatchObject({ code: 'tooManyImages', photos: 4, images: 5 });
  });
});
