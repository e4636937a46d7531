/**
 * readDocx: a Word page into the parser's text format, its pictures in order, and files that are no .docx refused.
 */
import { errors } from '@strapi/utils';
import JSZip from 'jszip';
import { readDocx } from '../../src/import/docx';
import { buildDocx } from '../helpers/docx';
import { plainJpeg } from '../helpers/images';

describe('readDocx', () => {
  it('gives headings their markers and every other paragraph verbatim, one line each', async () => {
    // Given a page with a title, a subtitle, headings of three levels and plain paragraphs
    const data = await buildDocx({
      paragraphs: [
        { style: 'Title', text: '忠诚党的事业 竭诚服务职工' },
        { style: 'Subtitle', text: '——市总工会不忘初心勇担当奋力前行著华章' },
        { text: '淮北市庆祝五一国际劳动节大会。' },
        { text: '■ 摄影 记者 陈文骁' },
        { text: '' },
        { style: 'Heading3', text: '坚定不移听党话跟党走,打造“忠诚工会”' },
        { text: '  组织活动22场次, <b>&amp; 760余场 ' },
        { style: 'Heading1', text: '另一标题' },
        { style: 'Heading2', text: '副题' },
      ],
    });

    // When it is read
    const { text, images, warnings } = await readDocx(data);

    // Then each paragraph is one line, headings marked, text untouched (spaces, markup-like text and all)
    expect(text.split('\n')).toEqual([
      '# 忠诚党的事业 竭诚服务职工',
      '## ——市总工会不忘初心勇担当奋力前行著华章',
      '淮北市庆祝五一国际劳动节大会。',
      '■ 摄影 记者 陈文骁',
      '',
      '### 坚定不移听党话跟党走,打造“忠诚工会”',
      '  组织活动22场次, <b>&amp; 760余场 ',
      '# 另一标题',
      '## 副题',
    ]);
    expect(images).toEqual([]);
    // the heading styles are known to mammoth too: no "unrecognised style" messages
    expect(warnings).toEqual([]);
  });

  it('returns the embedded JPEGs in document order with their bytes', async () => {
    const first = await plainJpeg(320, 240, '#c33');
    const second = await plainJpeg(200, 100, '#33c');
    const data = await buildDocx({
      paragraphs: [
        { style: 'Title', text: '标题' },
        { image: first, mime: 'image/jpeg' },
        { text: '第一张图的说明。' },
        { image: second, mime: 'image/jpeg', width: 200, height: 100 },
        { text: '第二张图的说明。' },
      ],
    });

    const { text, images } = await readDocx(data);

    expect(images.map(({ name, mime }) => ({ name, mime }))).toEqual([
      { name: 'image-1.jpg', mime: 'image/jpeg' },
      { name: 'image-2.jpg', mime: 'image/jpeg' },
    ]);
    expect(images[0].data.equals(first)).toBe(true);
    expect(images[1].data.equals(second)).toBe(true);
    // a picture paragraph has no text: it stays an empty line, so line numbers match the document's paragraphs
    expect(text.split('\n')).toEqual(['# 标题', '', '第一张图的说明。', '', '第二张图的说明。']);
  });

  it.each([
    ['plain text', async () => Buffer.from('# 标题\n正文', 'utf8')],
    ['an empty file', async () => Buffer.alloc(0)],
    ['a zip without word/document.xml', async () => new JSZip().file('readme.txt', 'hello').generateAsync({ type: 'nodebuffer' })],
    ['a truncated docx', async () => (await buildDocx({ paragraphs: [{ text: '正文' }] })).subarray(0, 60)],
  ])('refuses %s as notDocx with a ValidationError', async (_name, make) => {
    const data = await make();
    const error = await readDocx(data).then(
      () => null,
      (thrown: unknown) => thrown
    );
    expect(error).toBeInstanceOf(errors.ValidationError);
    expect((error as errors.ValidationError).details).toEqual({ code: 'notDocx' });
  });
});
