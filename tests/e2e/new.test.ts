// A module from `workshopkit new` builds at once: every deck and every PDF of every audience.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { tempDir } from '../support/files.js';
import { pdfText } from '../support/pdf.js';

describe('a new module', () => {
  it('builds every output of every audience, and each ends with where to get help', async () => {
    const modulesDir = path.join(tempDir(), 'modules');
    const out = tempDir();
    expect((await runCli(['new', 'account-safety', '--modules-dir', modulesDir])).code).toBe(0);
    const result = await runCli(['build', '--modules-dir', modulesDir, '--out', out]);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain('12 outputs written');
    const audiences = fs.readdirSync(path.join(out, 'account-safety')).sort();
    expect(audiences).toEqual(['parents', 'professionals', 'pupils-11-13', 'pupils-14-18', 'webinar']);
    for (const audience of audiences) {
      const deck = fs.readFileSync(path.join(out, 'account-safety', audience, 'deck/index.html'), 'utf8');
      const slides = [...deck.matchAll(/<section[^>]*data-block="([^"]+)"/g)].map((m) => m[1]);
      expect(slides.at(-1), audience).toBe('signposting');
    }
    const handout = pdfText(path.join(out, 'account-safety/parents/handout.pdf'));
    expect(handout).toContain('Keeping your accounts safe online');
    expect(handout).toContain('0800 1111');
    expect(pdfText(path.join(out, 'account-safety/pupils-11-13/lesson-plan.pdf'))).toContain('Real or a trick?');
  });
});
