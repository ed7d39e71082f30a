import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { EnvironmentError } from '../../../src/errors/finding.js';
import { listen, PORT_ATTEMPTS } from '../../../src/serve/listen.js';

const servers: http.Server[] = [];
const newServer = () => {
  const server = http.createServer();
  servers.push(server);
  return server;
};
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => (s.listening ? s.close(resolve) : resolve(undefined)))));
});

/** A port that something else holds. */
async function hold(port = 0): Promise<number> {
  const holder = newServer();
  await new Promise<void>((resolve, reject) => holder.once('error', reject).listen(port, '127.0.0.1', () => resolve()));
  return (holder.address() as { port: number }).port;
}

describe('finding a port', () => {
  it('uses the port asked for, and says plainly when it is taken', async () => {
    const taken = await hold();
    await expect(listen(newServer(), '127.0.0.1', taken)).rejects.toThrow(EnvironmentError);
    await expect(listen(newServer(), '127.0.0.1', taken)).rejects.toThrow(`port ${taken} on 127.0.0.1 is in use`);
    const any = await listen(newServer(), '127.0.0.1', 0);
    expect(any.port).toBeGreaterThan(0);
    expect(any.portTaken).toBeUndefined();
  });

  it('without a port: the default, else the next free one after it, and says which was taken', async () => {
    const base = await hold();
    // The default is taken, so the next free port after it is used.
    const next = await listen(newServer(), '127.0.0.1', undefined, base);
    expect(next.port).toBeGreaterThan(base);
    expect(next.port).toBeLessThan(base + PORT_ATTEMPTS);
    expect(next.portTaken).toBe(base);
  });

  it('says plainly when the address is not this computer\'s', async () => {
    await expect(listen(newServer(), '192.0.2.1', 0)).rejects.toThrow(/no address 192\.0\.2\.1/);
  });
});
