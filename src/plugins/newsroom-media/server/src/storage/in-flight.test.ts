import { spawnSync } from 'child_process';
import os from 'os';
import path from 'path';
import {
  inSentOrder,
  processTag,
  tagOfTemporary,
  tagState,
  temporaryUploadName,
} from './in-flight';

describe('in-flight upload names and the processes that wrote them', () => {
  it('names temporary upload files after this process, and reads the tag back', () => {
    const name = temporaryUploadName();
    expect(name).toMatch(/^newsroom-upload-.+-[0-9a-f]{16}$/);
    expect(tagOfTemporary(name)).toBe(processTag());
    expect(temporaryUploadName()).not.toBe(name);
  });

  it('puts a request\'s files back in the order the body parser began them, whatever order their writes finished in', () => {
    const sent = Array.from({ length: 20 }, (_, index) => ({ filepath: path.join(os.tmpdir(), temporaryUploadName()), index }));
    // formidable lists them as their writes finish: here the reverse of the order they came in
    expect(inSentOrder([...sent].reverse()).map((file) => file.index)).toEqual(sent.map((file) => file.index));
    expect(inSentOrder([sent[2], sent[0], sent[1]]).map((file) => file.index)).toEqual([0, 1, 2]);
    // a file that is not one of ours: the list is left as it came
    const foreign = { filepath: '/tmp/upload_abc', index: -1 };
    expect(inSentOrder([sent[1], foreign, sent[0]])).toEqual([sent[1], foreign, sent[0]]);
  });

  it('ignores names that are not its own temporary files', () => {
    expect(tagOfTemporary('strapi-upload-abc')).toBeNull();
    expect(tagOfTemporary('newsroom-upload-')).toBeNull();
    expect(tagOfTemporary('6f1c2a0d9e8b7c6a5f4e3d2c1b')).toBeNull();
  });

  it('tells a live process of this host from a stopped one, and leaves other hosts to the age rule', () => {
    const stopped = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    expect(tagState(`${os.hostname()}.${process.ppid}`)).toBe('alive');
    expect(tagState(`${os.hostname()}.${stopped}`)).toBe('stopped');
    // this very pid: from before a restart (the process asking has written nothing yet)
    expect(tagState(processTag())).toBe('stopped');
    expect(tagState(`another-host.${process.ppid}`)).toBe('unknown');
    expect(tagState('no-pid-here')).toBe('unknown');
  });
});
