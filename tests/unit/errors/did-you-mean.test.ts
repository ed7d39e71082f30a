import { describe, expect, it } from 'vitest';
import { didYouMean, suggest } from '../../../src/errors/did-you-mean.js';

describe('did you mean', () => {
  it('suggests a close match', () => {
    expect(suggest('profesionals', ['parents', 'professionals'])).toBe('professionals');
    expect(didYouMean('tilte', ['title', 'type'])).toBe('Did you mean "title"?');
  });
  it('lists the choices when nothing is close', () => {
    expect(suggest('zzzz', ['parents'])).toBeUndefined();
    expect(didYouMean('zzzz', ['deck', 'handout'])).toBe('Use one of: deck, handout.');
  });
});
