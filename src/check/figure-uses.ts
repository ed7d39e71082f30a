// Where each figure of stats.yaml is used: listed in a statistics block, compared in one, or named by a
// {{stat}} or {{change}} token in text. The stats/* rules judge figures where they are used.
import type { Path } from '../source/source-text.js';
import type { Location, RuleContext } from './rule.js';

export interface FigureUse {
  id: string;
  /** "shown" on its own, or one end of a comparison. */
  role: 'shown' | 'from' | 'to';
  /** For a comparison, the ids of both ends. */
  pair?: [string, string];
  at: Location;
  audiences: ReadonlySet<string>;
}

// Four rules ask for the uses of one check's texts: they are found once per check (its list of segments).
const usesOf = new WeakMap<object, { module: object; uses: readonly FigureUse[] }>();

/** Where each figure is used in the texts of one check (read, never changed). */
export function figureUses(ctx: Pick<RuleContext<unknown>, 'module' | 'segments'>): readonly FigureUse[] {
  const known = usesOf.get(ctx.segments);
  if (known?.module === ctx.module) return known.uses;
  const uses = findFigureUses(ctx);
  usesOf.set(ctx.segments, { module: ctx.module, uses });
  return uses;
}

function findFigureUses(ctx: Pick<RuleContext<unknown>, 'module' | 'segments'>): FigureUse[] {
  const m = ctx.module;
  const yaml = m.loaded.module;
  const all = Object.keys(m.source.audiences);
  const at = (path: Path): Location => ({ source: yaml, offset: yaml.offsetAt(path) });
  const uses: FigureUse[] = [];
  m.source.blocks.forEach((block, b) => {
    if (block.type !== 'statistics') return;
    const audiences = new Set(all.filter((a) => !block.audiences || block.audiences.includes(a)));
    block.figures.forEach((id, i) => uses.push({ id, role: 'shown', at: at(['blocks', b, 'figures', i]), audiences }));
    block.compare?.forEach(({ from, to }, i) => {
      const where = at(['blocks', b, 'compare', i]);
      uses.push({ id: from, role: 'from', pair: [from, to], at: where, audiences }, { id: to, role: 'to', pair: [from, to], at: where, audiences });
    });
  });
  for (const segment of ctx.segments) {
    for (const span of segment.generated) {
      const where = segment.place(span.start);
      if (span.kind === 'stat' && span.args[0]) uses.push({ id: span.args[0], role: 'shown', at: where, audiences: segment.audiences });
      if (span.kind === 'change' && span.args.length === 2) {
        const pair = span.args as [string, string];
        uses.push({ id: pair[0], role: 'from', pair, at: where, audiences: segment.audiences }, { id: pair[1], role: 'to', pair, at: where, audiences: segment.audiences });
      }
    }
  }
  return uses.filter((u) => m.figures.has(u.id));
}

/** The index of a figure in stats.yaml, for pointing at it. */
export function figurePath(ctx: Pick<RuleContext<unknown>, 'module'>, id: string, key?: string): Path {
  const index = [...ctx.module.figures.keys()].indexOf(id);
  return key ? ['figures', index, key] : ['figures', index];
}
