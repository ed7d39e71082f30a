import { describe, expect, it } from 'vitest';
import { openCommand } from '../../../src/serve/command.js';
import { parsePort } from '../../../src/serve/port.js';

describe('serve on the command line', () => {
  it('opens the index with the system\'s own opener', () => {
    expect(openCommand('http://127.0.0.1:4280/', 'linux')).toEqual(['xdg-open', ['http://127.0.0.1:4280/']]);
    expect(openCommand('http://127.0.0.1:4280/', 'darwin')).toEqual(['open', ['http://127.0.0.1:4280/']]);
    expect(openCommand('http://127.0.0.1:4280/', 'win32')).toEqual(['cmd', ['/c', 'start', '""', 'http://127.0.0.1:4280/']]);
  });

  it('takes a port from 0 to 65535', () => {
    expect(parsePort('0')).toBe(0);
    expect(parsePort('4280')).toBe(4280);
    for (const wrong of ['-1', '65536', '42.8', 'http', '']) expect(() => parsePort(wrong), wrong).toThrow('is not a port');
  });
});
