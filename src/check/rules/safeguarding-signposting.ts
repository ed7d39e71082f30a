import type { Resource } from '../../schema/module-schema.js';
import { defineRule } from '../rule.js';
import { findAll, phrasePattern } from '../prose.js';
import { CODE, catalogued } from '../../errors/catalogue.js';

/**
 * UK services that people are told to contact. A text that names one is sending someone there, so
 * resources.yaml must say how to reach it. Matched with their capitals, so "a brook" is not Brook.
 */
export const SERVICES: { name: string; also?: string[]; domain?: string }[] = [
  { name: 'Childline', domain: 'childline.org.uk' },
  { name: 'NSPCC', domain: 'nspcc.org.uk' },
  { name: 'CEOP Safety Centre', domain: 'ceop.police.uk' },
  { name: 'Report Remove' },
  { name: 'Take It Down', domain: 'takeitdown.ncmec.org' },
  { name: 'Samaritans', domain: 'samaritans.org' },
  { name: 'Revenge Porn Helpline', domain: 'revengepornhelpline.org.uk' },
  { name: 'Report Fraud', domain: 'reportfraud.police.uk' },
  { name: 'Action Fraud', domain: 'actionfraud.police.uk' },
  { name: 'StopNCII', also: ['StopNCII.org'], domain: 'stopncii.org' },
  { name: 'Internet Matters', domain: 'internetmatters.org' },
  { name: 'Brook', domain: 'brook.org.uk' },
  { name: 'Papyrus', also: ['HOPELINE247', 'HOPELINEUK'], domain: 'papyrus-uk.org' },
  { name: 'The Mix', domain: 'themix.org.uk' },
  { name: 'Victim Support', domain: 'victimsupport.org.uk' },
  { name: 'Crimestoppers', domain: 'crimestoppers-uk.org' },
  { name: 'Stop It Now', domain: 'stopitnow.org.uk' },
  { name: 'Lucy Faithfull Foundation', domain: 'lucyfaithfull.org.uk' },
  { name: 'YoungMinds', domain: 'youngminds.org.uk' },
  { name: 'Kooth', domain: 'kooth.com' },
  { name: 'Marie Collins Foundation', domain: 'mariecollinsfoundation.org.uk' },
  { name: 'Professional Online Safety Helpline', domain: 'saferinternet.org.uk' },
  { name: 'Meic', domain: 'meiccymru.org' },
];

const namePatterns = new Map<string, RegExp>();

/** The names, as they are written (capitals matter), in one pattern: the same object for the same names, so
 * what it finds in a text is remembered from one nation's check of a module to the next. */
function namesPattern(names: readonly string[]): RegExp {
  const key = names.join('\u0000');
  let pattern = namePatterns.get(key);
  if (!pattern) namePatterns.set(key, (pattern = new RegExp(phrasePattern(names).source, 'gu')));
  return pattern;
}

function listsService(resource: Resource, service: (typeof SERVICES)[number]): boolean {
  const names = [service.name, ...(service.also ?? [])].map((n) => n.toLowerCase());
  const words = [resource.name, resource.what, resource.url ?? ''].join(' ').toLowerCase();
  return names.some((n) => words.includes(n)) || (!!service.domain && !!resource.url && new URL(resource.url).hostname.replace(/^www\./, '').endsWith(service.domain));
}

export const signposting = defineRule({
  id: CODE.safeguardingSignposting,
  doc: catalogued(CODE.safeguardingSignposting).doc,
  severity: 'error',
  validates: [CODE.safeguardingSignposting, CODE.resourcesUnknownResource],
  run(ctx) {
    const yaml = ctx.module.loaded.module;
    for (const view of ctx.audiences) {
      // A block limited to some formats (`formats:`) is left out of the others; some formats follow
      // another's list (the slides PDF and the presenter script follow the deck's).
      for (const format of view.tailored.audience.formats) {
        const as = ctx.filterAs(format);
        const shown = view.tailored.blocks.map((b, i) => ({ b, i })).filter(({ b }) => !b.formats || b.formats.includes(as));
        const last = shown.at(-1);
        if (!last || last.b.type === 'signposting') continue;
        const help = view.tailored.blocks.map((b) => b.type).lastIndexOf('signposting');
        const index = view.sourceBlocks[help];
        ctx.report({
          at: index === undefined
            ? { source: yaml, offset: yaml.keyOffset(['audiences'], view.id) }
            : { source: yaml, offset: yaml.keyOffset(['blocks', index], 'formats') },
          message: `the ${format} for ${view.id} does not end with where to get help: its last signposting block is left out of that format`,
          hint: `Show the last signposting block in every format of this audience (remove its "formats", or add ${as}).`,
          audiences: [view.id],
        });
      }
      const blocks = view.tailored.blocks;
      const last = blocks.at(-1);
      const index = view.sourceBlocks.at(-1);
      if (last?.type === 'signposting' && !last.resources.length && index !== undefined) {
        ctx.report({
          at: { source: yaml, offset: yaml.offsetAt(['blocks', index, 'resources']) },
          message: `the last "where to get help" slide shows no services to ${view.id}: every service it lists is for other ages`,
          hint: 'Add services for this audience\'s age (see "ages" in resources.yaml), such as Childline for under-19s.',
          audiences: [view.id],
        });
      }
    }

    const resources = [...ctx.module.resources.values()];
    const missing = SERVICES.filter((s) => !resources.some((r) => listsService(r, s)));
    if (!missing.length) return;
    const pattern = namesPattern(missing.flatMap((s) => [s.name, ...(s.also ?? [])]));
    for (const segment of ctx.segments) {
      if (segment.field === 'publisher') continue;
      for (const match of findAll(segment.prose, pattern)) {
        ctx.report({
          at: segment.place(match.start),
          message: `"${match.text}" is named as a place to get help, but resources.yaml has no entry for it`,
          hint: 'Add it to resources.yaml with its website or phone number and who it is for, so every output says how to reach it.',
          audiences: [...segment.audiences],
        });
      }
    }
  },
});
