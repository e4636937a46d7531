import { spawnSync } from 'child_process';
import os from 'os';
import {
  processTag,
  tagOfTemporary,
  tagState,
  temporaryUploadName,
} from '../../src/plugins/newsroom-media/server/src/storage/in-flight';

describe('in-flight upload names and the processes that wrote them', () => {
  it('names temporary upload files after this process, and reads the tag back', () => {
    const name = temporaryUploadName();
    expect(name).toMatch(/^newsroom-upload-.+-[0-9a-f]{16}$/);
    expect(tagOfTemporary(name)).toBe(processTag());
    expect(temporaryUploadName()).not.toBe(name);
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
