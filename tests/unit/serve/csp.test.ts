import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, FILE_POLICY, inlineScripts, speakerViewScripts } from '../../../src/serve/csp.js';

const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]));

describe('the Content-Security-Policy', () => {
  it('allows only this origin, and no inline script but the page\'s own, by hash', () => {
    const html = '<p>x</p><script>window.fit = 1;</script><script src="assets/deck.js"></script><script type="module">go()</script>';
    expect(inlineScripts(html)).toEqual(['window.fit = 1;', 'go()']);
    const policy = directives(contentSecurityPolicy(html));
    expect(policy.get('default-src')).toEqual(["'self'"]);
    const scripts = policy.get('script-src')!;
    expect(scripts[0]).toBe("'self'");
    // sha256 of "window.fit = 1;"
    expect(scripts).toContain("'sha256-gqFAugCuGTUPG2O792iow1SwUdzhwKCPp+wY1xrDOdA='");
    expect(scripts.join(' ')).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|https?:|\*/);
    for (const [name, values] of policy) expect(values.join(' '), name).not.toMatch(/https?:|\*/);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
  });

  it('lets Reveal.js\'s speaker view run its one inline script', () => {
    const scripts = speakerViewScripts();
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toContain('reveal-notes');
    expect(contentSecurityPolicy('<p>deck</p>').match(/'sha256-/g)).toHaveLength(1);
  });

  it('runs no script at all in a file opened on its own (an SVG logo)', () => {
    expect(directives(FILE_POLICY).get('default-src')).toEqual(["'none'"]);
    expect(FILE_POLICY).not.toContain('script-src');
  });
});
