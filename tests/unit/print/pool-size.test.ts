import { describe, expect, it } from 'vitest';
import { MAX_PAGES, MEMORY_PER_PAGE, printPoolSize, thisMachine } from '../../../src/print/pool-size.js';

const GB = 1024 ** 3;

describe('how many pages print at once', () => {
  it('is one a core when memory is plentiful', () => {
    expect(printPoolSize({ cores: 2, freeMemory: 16 * GB }, 20)).toBe(2);
    expect(printPoolSize({ cores: 6, freeMemory: 16 * GB }, 20)).toBe(6);
  });

  it('is as many as free memory holds when that is fewer than the cores', () => {
    expect(printPoolSize({ cores: 8, freeMemory: 3 * MEMORY_PER_PAGE + 1 }, 20)).toBe(3);
    expect(printPoolSize({ cores: 8, freeMemory: 3 * MEMORY_PER_PAGE - 1 }, 20)).toBe(2);
  });

  it('is never more than there are PDFs to print', () => {
    expect(printPoolSize({ cores: 8, freeMemory: 16 * GB }, 3)).toBe(3);
    expect(printPoolSize({ cores: 8, freeMemory: 16 * GB }, 1)).toBe(1);
  });

  it('is bounded on a big machine, and by the machine when the count is not known', () => {
    expect(printPoolSize({ cores: 64, freeMemory: 256 * GB }, 100)).toBe(MAX_PAGES);
    expect(printPoolSize({ cores: 4, freeMemory: 256 * GB })).toBe(4);
    expect(printPoolSize({ cores: 4, freeMemory: 256 * GB }, 0)).toBe(4);
  });

  it('is at least one, even with almost no free memory', () => {
    expect(printPoolSize({ cores: 4, freeMemory: 100 * 1024 * 1024 }, 10)).toBe(1);
    expect(printPoolSize({ cores: 1, freeMemory: 0 }, 10)).toBe(1);
  });

  it('reads this machine', () => {
    const machine = thisMachine();
    expect(machine.cores).toBeGreaterThanOrEqual(1);
    expect(machine.freeMemory).toBeGreaterThan(0);
  });
});
