import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../../src/source/front-matter.js';
import { SourceText, YamlSource } from '../../../src/source/source-text.js';

describe('front matter', () => {
  it('reads it and says where the body starts', () => {
    const text = '---\ntitle: Why it matters\nminutes: 3\n---\n# Slide\n';
    const read = readFrontMatter(text);
    expect(read.data).toEqual({ title: 'Why it matters', minutes: 3 });
    expect(text.slice(read.bodyOffset)).toBe('# Slide\n');
  });

  it('is exact with a byte-order mark and CRLF lines', () => {
    const text = '\ufeff---\r\ntitle: A\r\nminutes: 3\r\n---\r\n# Slide\r\n';
    const read = readFrontMatter(text);
    expect(read.data).toEqual({ title: 'A', minutes: 3 });
    expect(text.slice(read.bodyOffset)).toBe('# Slide\r\n');
  });

  it('points a syntax error at its own line and column of the Markdown file', () => {
    const text = '\ufeff---\r\ntitle: A\r\nminutes: [3\r\n---\r\n# Slide\r\n';
    const read = readFrontMatter(text);
    expect(read.data).toEqual({});
    const { line } = new SourceText('x.md', text).positionOf(read.error!.offset);
    expect(line).toBe(3);
    expect(read.error!.message).not.toMatch(/at line/);
  });

  it('leaves a file without front matter whole', () => {
    expect(readFrontMatter('# Slide\n---\n# Next\n')).toEqual({ data: {}, bodyOffset: 0 });
  });
});

describe('positions', () => {
  it('counts lines the same for YAML and other text, CRLF and a byte-order mark included', () => {
    const text = '\ufeffa: 1\r\nb:\r\n  c: 2\r\n';
    const yaml = new YamlSource('x.yaml', text);
    const plain = new SourceText('x.yaml', text);
    const at = text.indexOf('c:');
    expect(yaml.positionOf(at)).toEqual({ line: 3, col: 3 });
    expect(plain.positionOf(at)).toEqual({ line: 3, col: 3 });
    expect(yaml.finding(yaml.offsetAt(['b', 'c']), 'error', 'yaml/syntax', 'm')).toMatchObject({ file: 'x.yaml', line: 3, col: 6 });
  });
});

describe('the YAML parser', () => {
  it('prints no warning of its own for a key written as a mapping: the schema reports it at its line', () => {
    const warned: unknown[] = [];
    const emit = process.emitWarning;
    process.emitWarning = ((warning: unknown) => void warned.push(warning)) as typeof process.emitWarning;
    try {
      const source = new YamlSource('module.yaml', 'title: x\n{ a: 1 }: y\n');
      expect(source.doc.toJS()).toBeTruthy();
    } finally {
      process.emitWarning = emit;
    }
    expect(warned).toEqual([]);
  });
});
