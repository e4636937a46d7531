import { MESSAGE } from 'triple-beam';
import logger from '../../config/logger';

type Format = { transform(info: object): Record<string | symbol, unknown> | false };
const consoleTransport = () => logger.transports[0] as unknown as { level: string; format: Format };

/** The line the console transport prints for one entry, written at the given moment. */
const printed = (level: string, moment = new Date()): string => {
  jest.useFakeTimers({ now: moment });
  try {
    const info = consoleTransport().format.transform({ level, message: 'hello', [Symbol.for('level')]: level });
    return info === false ? '(dropped)' : String(info[MESSAGE]);
  } finally {
    jest.useRealTimers();
  }
};

describe('log lines', () => {
  it('use a 24-hour clock: 18:18 stays 18:18', () => {
    // local time: the logger prints the server's local clock
    expect(printed('info', new Date(2026, 11, 2, 18, 18, 7, 45))).toContain('[2026-12-02 18:18:07.045]');
  });

  it('keep the morning and midnight apart from the evening', () => {
    expect(printed('info', new Date(2026, 11, 2, 6, 18, 0, 0))).toContain('[2026-12-02 06:18:00.000]');
    expect(printed('info', new Date(2026, 11, 2, 0, 5, 0, 0))).toContain('[2026-12-02 00:05:00.000]');
  });

  it('treat LOG_LEVEL as a threshold: errors and warnings are printed, not only entries of that level', () => {
    expect(consoleTransport().level).toBe(process.env.LOG_LEVEL ?? 'http');
    for (const level of ['error', 'warn', 'info', 'http']) expect(printed(level)).toMatch(/hello$/);
  });
});
