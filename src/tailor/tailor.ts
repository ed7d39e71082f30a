// Stage 3: pick what one audience sees. Filters blocks and items, adds the blocks the audience's profile
// requires, resolves figures, computed changes and nation-specific words. Pure: no disk, no browser.
import { languageOf, t, type Language } from '../i18n/messages.js';
import type { AudienceProfile } from '../schema/audience-profiles.js';
import type { AudienceDefaults } from '../schema/audience-schema.js';
import { isKeptFor, type Block, type Figure, type Format, type Item, type Nation, type Resource } from '../schema/module-schema.js';
import { describeChange, formatCitation, formatValue } from './figures.js';
import { shippedWords, shippedWordsList } from './shipped-words.js';
import { fillTokens, variableText } from './fill-tokens.js';
import type { ValidModule } from '../module/validate.js';

export interface TailoredItem {
  text: string;
  detail?: string;
}

export interface ShownFigure extends Figure {
  display: string;
  citation: string;
  /** 1-based number of its publication in the list of sources. */
  number: number;
}

/** One publication in the list of sources, with the figures taken from it. */
export interface ShownSource {
  number: number;
  publisher: string;
  source: string;
  url: string;
  /** "2022 and 2023", or the periods of the figures it gave. */
  periods: string;
  caveats: string[];
}

export interface ShownResource extends Resource {
  /** "For adults (18+)" where an adult audience sees a service not meant for children, and the like. */
  ageLabel?: string;
}

interface Base {
  id?: string;
  title?: string;
  minutes: number;
  notes?: string;
  /** Only in these formats; all when absent. */
  formats?: Format[];
  /** Ids of the figures this block shows, so a format that leaves the block out leaves their sources out too. */
  figureIds?: string[];
  /** Where the block came from; absent for the blocks the audience profile adds (a standard holding
   * slide, the ground rules, the sources). */
  from?: BlockOrigin;
}

/** A block's place in the module: its index in module.yaml's blocks, its file, and its span in that file. */
export interface BlockOrigin {
  block: number;
  file: string;
  start: number;
  end: number;
}

export type TailoredBlock =
  | (Base & { type: 'title'; title: string; subtitle?: string })
  | (Base & { type: 'agenda'; items: TailoredItem[] })
  | (Base & { type: 'holding'; title: string; text?: string; items: TailoredItem[] })
  | (Base & { type: 'presenters'; people: { name: string; role?: string; organisation?: string; contact?: string }[] })
  | (Base & { type: 'definition'; term: string; text: string; points: TailoredItem[]; notToBeConfusedWith?: { term: string; text: string } })
  | (Base & { type: 'statistics'; intro?: string; figures: ShownFigure[]; changes: { from: ShownFigure; to: ShownFigure; words: string }[] })
  | (Base & { type: 'markdown'; slides: { markdown: string; notes?: string }[] })
  | (Base & { type: 'tips'; intro?: string; items: TailoredItem[] })
  | (Base & { type: 'dos-and-donts'; intro?: string; do: TailoredItem[]; dont: TailoredItem[]; dontNotes?: string })
  | (Base & { type: 'signposting'; intro?: string; resources: ShownResource[] })
  | (Base & {
      type: 'activity';
      kind: string;
      instructions: string;
      scenario?: string;
      questions: TailoredItem[];
      quiz: { statement: string; answer: boolean; explain: string }[];
      support?: string;
      challenge?: string;
      materials: string[];
      directions?: string;
      returnsTo?: string;
    })
  | (Base & { type: 'questions'; text?: string })
  | (Base & { type: 'sources'; sources: ShownSource[] });

export interface TailoredAudience extends AudienceProfile {
  duration: number;
  formats: Format[];
  objectives: string[];
  outcomes: string[];
}

export interface TailoredModule {
  /** The language of the view's own words (labels, the holding slide, ground rules, figures in words). */
  language: Language;
  module: { id: string; title: string; subtitle?: string; locale: string; reviewed: string; organisation?: string };
  audience: TailoredAudience;
  nation: Nation;
  blocks: TailoredBlock[];
  /** Every figure shown, in the order it first appears. */
  figures: ShownFigure[];
  totalMinutes: number;
  /** The safeguarding role as this nation names it, for lesson plans and staff outputs. */
  safeguardingLead: string;
}

export interface TailorOptions {
  nation?: Nation;
  /** The language of the words workshopkit adds; the module's own (its locale) when not given. */
  language?: Language;
}

export function tailorModule(m: ValidModule, audienceId: string, options: TailorOptions = {}): TailoredModule {
  const entry = m.source.audiences[audienceId];
  const profile = m.loaded.audiences.profiles.get(audienceId);
  if (!entry || !profile) throw new Error(`tailorModule: "${audienceId}" is not an audience of ${m.id}`);
  const nation = options.nation ?? m.source.nation;
  const language = options.language ?? languageOf(m.source.locale);
  const defaults = defaultsIn(m.loaded.audiences.defaults, language);

  const shown: ShownFigure[] = [];
  const sourceUrls: string[] = [];
  let blockFigures = new Set<string>();
  const show = (id: string): ShownFigure => {
    blockFigures.add(id);
    const existing = shown.find((f) => f.id === id);
    if (existing) return existing;
    const figure = m.figures.get(id)!;
    if (!sourceUrls.includes(figure.url)) sourceUrls.push(figure.url);
    const added = { ...figure, display: formatValue(figure, language), citation: formatCitation(figure), number: sourceUrls.indexOf(figure.url) + 1 };
    shown.push(added);
    return added;
  };
  // Most texts have no token: they stay as they are, without being copied character by character.
  const resolve = (text: string): string =>
    !text.includes('{{') ? text : fillTokens(text, (token) => {
      if (token.kind === 'stat') {
        const f = show(token.args[0]!);
        return `<strong class="stat">${f.display}</strong> <span class="stat-source">(${f.citation})</span>`;
      }
      if (token.kind === 'change') {
        return describeChange(show(token.args[0]!), show(token.args[1]!), language);
      }
      const value = variableText(m, token.args[0]!, nation);
      if (value === undefined) throw new Error(`tailorModule: variable ${token.args[0]} has no value for ${nation}`);
      return value;
    }).text;
  const opt = (text: string | undefined) => (text === undefined ? undefined : resolve(text));
  const sees = (audiences: string[] | undefined) => !audiences || audiences.includes(audienceId);
  const keptFor = (nations: readonly Nation[] | undefined) => isKeptFor(nations, nation);
  const items = (list: Item[] | undefined): TailoredItem[] =>
    (list ?? []).flatMap((item) => {
      if (typeof item === 'string') return [{ text: resolve(item) }];
      if (!sees(item.audiences) || !keptFor(item.nations)) return [];
      return [{ text: resolve(item.text), ...(item.detail ? { detail: resolve(item.detail) } : {}) }];
    });
  const perAudience = <T>(value: T | Record<string, T> | undefined): T | undefined =>
    value !== null && typeof value === 'object' ? (value as Record<string, T>)[audienceId] : value;

  const yaml = m.loaded.module;
  const blocks: TailoredBlock[] = [];
  for (const [index, block] of m.source.blocks.entries()) {
    if (!sees(block.audiences) || !keptFor(block.nations)) continue;
    const range = yaml.nodeAt(['blocks', index])?.range;
    const notes = perAudience(block.notes);
    const formats = Array.isArray(block.formats) ? block.formats : perAudience(block.formats);
    const base: Base = {
      ...(block.id ? { id: block.id } : {}),
      ...(block.title ? { title: resolve(block.title) } : {}),
      minutes: perAudience(block.minutes) ?? 0,
      ...(notes ? { notes: resolve(notes) } : {}),
      ...(formats ? { formats } : {}),
      from: { block: index, file: yaml.displayPath, start: range?.[0] ?? 0, end: range?.[1] ?? 0 },
    };
    blockFigures = new Set();
    const tailoredBlock = tailorBlock(block, base, { m, resolve, opt, items, show, perAudience, profile, defaults, nation, language });
    blocks.push(blockFigures.size ? { ...tailoredBlock, figureIds: [...blockFigures] } : tailoredBlock);
  }

  placeRequiredBlocks(blocks, profile, defaults);
  if (shown.length) {
    const lastSignposting = blocks.map((b) => b.type).lastIndexOf('signposting');
    blocks.splice(lastSignposting, 0, { type: 'sources', title: 'Sources', minutes: 0, sources: listSources(shown, sourceUrls) });
  }

  return {
    language,
    module: {
      id: m.source.id,
      title: m.source.title,
      ...(m.source.subtitle ? { subtitle: m.source.subtitle } : {}),
      locale: m.source.locale,
      reviewed: m.source.reviewed,
      ...(m.source.organisation ? { organisation: m.source.organisation } : {}),
    },
    audience: {
      ...profile,
      label: entry.label ? resolve(entry.label) : shippedWords(language, `audience.${profile.id}`, profile.label),
      who: shippedWords(language, `audience-who.${profile.id}`, profile.who),
      duration: entry.duration,
      formats: entry.formats,
      objectives: (entry.objectives ?? []).map(resolve),
      outcomes: (entry.outcomes ?? []).map(resolve),
    },
    nation,
    blocks,
    figures: shown,
    totalMinutes: blocks.reduce((sum, b) => sum + b.minutes, 0),
    safeguardingLead: m.source.variables?.['safeguarding-lead']?.[nation] ?? t(language, `lead.${nation}`),
  };
}

interface Helpers {
  m: ValidModule;
  resolve: (text: string) => string;
  opt: (text: string | undefined) => string | undefined;
  items: (list: Item[] | undefined) => TailoredItem[];
  show: (id: string) => ShownFigure;
  perAudience: <T>(value: T | Record<string, T> | undefined) => T | undefined;
  profile: AudienceProfile;
  defaults: AudienceDefaults;
  nation: Nation;
  language: Language;
}

function tailorBlock(block: Block, base: Base, h: Helpers): TailoredBlock {
  const { m, resolve, opt, items, show, perAudience } = h;
  const optional = <K extends string>(key: K, value: string | undefined) => (value === undefined ? {} : { [key]: value }) as Partial<Record<K, string>>;
  switch (block.type) {
    case 'title':
      return { ...base, type: 'title', title: base.title ?? m.source.title, ...optional('subtitle', opt(block.subtitle) ?? m.source.subtitle) };
    case 'agenda':
      return { ...base, type: 'agenda', items: items(block.items) };
    case 'holding':
      return { ...base, type: 'holding', title: base.title ?? h.defaults.holding.title, ...optional('text', opt(block.text)), items: items(block.items) };
    case 'presenters':
      return { ...base, type: 'presenters', people: block.people.map((p) => ({ ...p })) };
    case 'definition':
      return {
        ...base,
        type: 'definition',
        term: resolve(block.term),
        text: resolve(block.text),
        points: items(block.points),
        ...(block['not-to-be-confused-with']
          ? { notToBeConfusedWith: { term: resolve(block['not-to-be-confused-with'].term), text: resolve(block['not-to-be-confused-with'].text) } }
          : {}),
      };
    case 'statistics': {
      const figures = block.figures.map(show);
      const changes = (block.compare ?? []).map(({ from, to }) => {
        const a = show(from);
        const b = show(to);
        return { from: a, to: b, words: describeChange(a, b, h.language) };
      });
      return { ...base, type: 'statistics', ...optional('intro', opt(block.intro)), figures, changes };
    }
    case 'markdown': {
      const section = m.sections.get(block.file)!;
      const frontMatter = section.frontMatter as { title?: string; minutes?: number | Record<string, number> };
      const minutes = base.minutes || h.perAudience(frontMatter.minutes) || 0;
      const title = base.title ?? (frontMatter.title ? resolve(frontMatter.title) : undefined);
      return {
        ...base,
        ...(title ? { title } : {}),
        minutes,
        type: 'markdown',
        slides: section.slides.map((s) => ({ markdown: resolve(s.markdown), ...(s.notes ? { notes: resolve(s.notes) } : {}) })),
      };
    }
    case 'tips':
      return { ...base, type: 'tips', ...optional('intro', opt(block.intro)), items: items(block.items) };
    case 'dos-and-donts':
      return {
        ...base,
        type: 'dos-and-donts',
        ...optional('intro', opt(block.intro)),
        do: items(block.do),
        dont: items(block.dont),
        ...optional('dontNotes', opt(perAudience(block['dont-notes']))),
      };
    case 'signposting':
      return {
        ...base,
        type: 'signposting',
        ...optional('intro', opt(block.intro)),
        resources: block.resources
          .map((id) => m.resources.get(id)!)
          .filter((r) => isKeptFor(r.nations, h.nation))
          .flatMap((r) => shownResource(r, h.profile, h.language)),
      };
    case 'activity':
      return {
        ...base,
        type: 'activity',
        kind: block.kind,
        instructions: resolve(block.instructions),
        ...optional('scenario', opt(block.scenario)),
        questions: items(block.questions),
        quiz: (block.quiz ?? []).map((q) => ({ statement: resolve(q.statement), answer: q.answer, explain: resolve(q.explain) })),
        ...optional('support', opt(block.support)),
        ...optional('challenge', opt(block.challenge)),
        materials: (block.materials ?? []).map(resolve),
        ...optional('directions', opt(block.directions)),
        ...optional('returnsTo', block['returns-to']),
      };
    case 'questions':
      return { ...base, type: 'questions', ...optional('text', opt(block.text)) };
  }
}

function listSources(figures: ShownFigure[], urls: string[]): ShownSource[] {
  return urls.map((url, index) => {
    const from = figures.filter((f) => f.url === url);
    const periods = [...new Set(from.map((f) => f.period ?? String(f.year)))];
    return {
      number: index + 1,
      publisher: from[0]!.publisher,
      source: from[0]!.source,
      url,
      periods: periods.length > 1 ? `${periods.slice(0, -1).join(', ')} and ${periods.at(-1)}` : periods[0]!,
      caveats: [...new Set(from.flatMap((f) => (f.caveat ? [f.caveat] : [])))],
    };
  });
}

/** Pupils see only services meant for their youngest member; adults see all, labelled by age. */
function shownResource(resource: Resource, profile: AudienceProfile, language: Language): ShownResource[] {
  const { min, max } = resource.ages ?? { min: 0 };
  if (profile.kind === 'pupil') {
    const youngest = profile.ages.min;
    return min <= youngest && (max === undefined || max >= youngest) ? [{ ...resource }] : [];
  }
  if (min >= 18) return [{ ...resource, ageLabel: t(language, 'ages.adults') }];
  if (max !== undefined && max < 18) return [{ ...resource, ageLabel: t(language, 'ages.under', { age: max + 1 }) }];
  if (max !== undefined && max < 25) return [{ ...resource, ageLabel: t(language, 'ages.up-to', { age: max }) }];
  return [{ ...resource }];
}

/**
 * The holding slide's and ground rules' words in a language: the shipped ones (audiences/_defaults.yaml)
 * from the message catalogue, a project's own as it wrote them.
 */
function defaultsIn(defaults: AudienceDefaults, language: Language): AudienceDefaults {
  return {
    holding: {
      title: shippedWords(language, 'holding.title', defaults.holding.title),
      items: shippedWordsList(language, 'holding.items', defaults.holding.items),
    },
    'ground-rules': {
      title: shippedWords(language, 'ground-rules.title', defaults['ground-rules'].title),
      notes: shippedWords(language, 'ground-rules.notes', defaults['ground-rules'].notes),
      items: shippedWordsList(language, 'ground-rules.items', defaults['ground-rules'].items),
    },
  };
}

/** Holding slide first for webinars, ground rules near the start for lessons, signposting last for all. */
function placeRequiredBlocks(blocks: TailoredBlock[], profile: AudienceProfile, defaults: AudienceDefaults): void {
  const { holding: defaultHolding, 'ground-rules': groundRules } = defaults;
  if (profile.holdingFirst) {
    const index = blocks.findIndex((b) => b.type === 'holding');
    const holding: TailoredBlock =
      index >= 0
        ? blocks.splice(index, 1)[0]!
        : { type: 'holding', title: defaultHolding.title, items: defaultHolding.items.map((text) => ({ text })), minutes: 0 };
    blocks.unshift(holding);
  }
  if (profile.groundRules && !blocks.some((b) => b.id === 'ground-rules')) {
    const afterTitle = blocks.findIndex((b) => b.type !== 'title' && b.type !== 'holding');
    blocks.splice(afterTitle < 0 ? blocks.length : afterTitle, 0, {
      type: 'tips',
      id: 'ground-rules',
      title: groundRules.title,
      minutes: 0,
      notes: groundRules.notes,
      items: groundRules.items.map((text) => ({ text })),
    });
  }
  const last = blocks.map((b) => b.type).lastIndexOf('signposting');
  if (last >= 0 && last !== blocks.length - 1) blocks.push(blocks.splice(last, 1)[0]!);
}
