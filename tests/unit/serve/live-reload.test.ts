import { describe, expect, it } from 'vitest';
import { injectLiveReload, LiveReload } from '../../../src/serve/live-reload.js';

describe('the live-reload pages', () => {
  it('adds its script once, before </body>', () => {
    expect(injectLiveReload('<html><body><p>x</p></BODY></html>')).toBe('<html><body><p>x</p><script src="/__workshopkit/live.js"></script>\n</BODY></html>');
    expect(injectLiveReload('<p>no body</p>')).toBe('<p>no body</p><script src="/__workshopkit/live.js"></script>');
  });

  it('times a reported reload from the save of the build it shows, and ignores anything else', () => {
    const live = new LiveReload();
    const first = live.recordBuild(1_000);
    const second = live.recordBuild(2_000);
    expect(second).toBe(first + 1);
    expect(live.reloaded(JSON.stringify({ build: second, page: '/m/a/deck/' }), 2_345)).toEqual({ build: second, page: '/m/a/deck/', ms: 345 });
    expect(live.reloaded(JSON.stringify({ build: 99, page: '/m/a/deck/' }))).toBeUndefined();
    expect(live.reloaded(JSON.stringify({ build: null, page: '/' }))).toBeUndefined();
    expect(live.reloaded(JSON.stringify({ build: first, page: 7 }))).toBeUndefined();
    expect(live.reloaded('not json')).toBeUndefined();
  });

  it('remembers only the last 200 builds', () => {
    const live = new LiveReload();
    const first = live.recordBuild(0);
    for (let i = 0; i < 200; i++) live.recordBuild(0);
    expect(live.reloaded(JSON.stringify({ build: first, page: '/' }))).toBeUndefined();
    expect(live.reloaded(JSON.stringify({ build: first + 1, page: '/' }))).toBeDefined();
  });
});
