import { describe, expect, it } from 'vitest';
import { checkOrigin, hostAllowed, ownHostNames } from '../../../src/serve/guards.js';

const host = '127.0.0.1:4280';

describe('who the preview answers', () => {
  it('answers its own names and addresses, never another name that points here (DNS rebinding)', () => {
    const names = ownHostNames('127.0.0.1');
    for (const header of ['127.0.0.1:4280', 'localhost:4280', 'LOCALHOST', '[::1]:4280', '192.168.1.20:4280']) expect(hostAllowed(header, names), header).toBe(true);
    for (const header of ['attacker.example', 'attacker.example:4280', 'localhost.attacker.example', undefined]) expect(hostAllowed(header, names), String(header)).toBe(false);
  });

  it('acts on a form only from its own pages', () => {
    expect(checkOrigin({ host, origin: 'http://127.0.0.1:4280' })).toEqual({ allowed: true });
    expect(checkOrigin({ host: 'LOCALHOST:4280', origin: 'http://localhost:4280' })).toEqual({ allowed: true });
    expect(checkOrigin({ host, origin: 'https://attacker.example' })).toMatchObject({ allowed: false, status: 403 });
    // Another port on this computer is another site: another local program's page.
    expect(checkOrigin({ host, origin: 'http://127.0.0.1:8080' })).toMatchObject({ allowed: false, status: 403 });
  });

  it('refuses Origin: null, sent by a sandboxed frame or a local file', () => {
    expect(checkOrigin({ host, origin: 'null' })).toEqual({ allowed: false, status: 403, reason: expect.stringContaining('without an origin') });
  });

  it('answers a malformed Origin with 400', () => {
    for (const origin of ['not a url', 'http://', 'ftp://127.0.0.1:4280', 'http://127.0.0.1:4280/path', 'javascript:alert(1)', '']) {
      expect(checkOrigin({ host, origin }), origin).toMatchObject({ allowed: false, status: 400 });
    }
  });

  it('without an Origin, goes by Sec-Fetch-Site, then by Referer', () => {
    expect(checkOrigin({ host, 'sec-fetch-site': 'same-origin' })).toEqual({ allowed: true });
    expect(checkOrigin({ host, 'sec-fetch-site': 'none' })).toEqual({ allowed: true });
    expect(checkOrigin({ host, 'sec-fetch-site': 'same-site' })).toMatchObject({ allowed: false, status: 403 });
    expect(checkOrigin({ host, 'sec-fetch-site': 'cross-site', referer: 'http://127.0.0.1:4280/' })).toMatchObject({ allowed: false, status: 403 });
    expect(checkOrigin({ host, referer: 'http://127.0.0.1:4280/#module-x' })).toEqual({ allowed: true });
    expect(checkOrigin({ host, referer: 'https://attacker.example/page' })).toMatchObject({ allowed: false, status: 403 });
    expect(checkOrigin({ host, referer: '::nonsense' })).toMatchObject({ allowed: false, status: 400 });
    // No browser sent it: a program on this computer, which could reach the port without any page.
    expect(checkOrigin({ host })).toEqual({ allowed: true });
  });
});
