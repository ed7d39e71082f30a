import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);
import {
  resolveConfig
} from "./chunk-SYOSH5MZ.js";
import {
  RULES,
  blankRanges,
  maskMarkup,
  phrasePattern
} from "./chunk-XESYWITN.js";
import {
  isKeptFor,
  terminologySchema
} from "./chunk-IAZRVZ5K.js";
import {
  formatNumber,
  t
} from "./chunk-NGYMUSKR.js";
import {
  YamlSource,
  displayPath,
  require_dist,
  resolveInside,
  yamlData
} from "./chunk-IAD3MKC4.js";
import {
  readText
} from "./chunk-ATT2L2IN.js";
import {
  PROJECT_ROOT
} from "./chunk-AH7RKJCQ.js";
import {
  CODE
} from "./chunk-APUE7URT.js";
import {
  didYouMean
} from "./chunk-IN3YCHNO.js";
import {
  __toESM
} from "./chunk-AKJVFXR4.js";

// src/check/excuses.ts
var import_yaml = __toESM(require_dist(), 1);
var MARKDOWN = /<!--\s*check-ignore-next-line\b([^>]*?)-->/g;
var YAML = /#\s*check-ignore-next-line\b(.*)$/gm;
function parse(body) {
  const colon = body.search(/:(?!\/)/);
  const names = colon < 0 ? body : body.slice(0, colon);
  const reason = colon < 0 ? "" : body.slice(colon + 1).trim();
  return { rules: names.split(/[\s,]+/).filter(Boolean), reason };
}
function yamlValueEnd(source, line) {
  let end = line;
  const consider = (start, stop) => {
    if (start === void 0 || stop === void 0) return;
    if (source.positionOf(start).line !== line) return;
    end = Math.max(end, source.positionOf(Math.max(start, stop - 1)).line);
  };
  (0, import_yaml.visit)(source.doc, {
    Pair(_, pair) {
      if (!(0, import_yaml.isPair)(pair) || !(0, import_yaml.isNode)(pair.key)) return;
      const value = (0, import_yaml.isNode)(pair.value) ? pair.value.range : void 0;
      consider(pair.key.range?.[0], value?.[1] ?? pair.key.range?.[1]);
    },
    Node(_, node) {
      consider(node.range?.[0], node.range?.[1]);
    }
  });
  return end;
}
function nextContentLine(source, afterOffset, comment) {
  const lines = source.text.split("\n");
  let line = source.positionOf(afterOffset).line;
  while (line < lines.length) {
    const text = lines[line];
    line++;
    if (text.trim() && !comment.test(text)) return line;
  }
  return line;
}
function findExcuses(sources) {
  const excuses = [];
  for (const source of sources) {
    const yaml = source instanceof YamlSource;
    for (const match of source.text.matchAll(yaml ? YAML : MARKDOWN)) {
      const { rules, reason } = parse(match[1]);
      const end = match.index + match[0].length;
      const from = nextContentLine(source, end, yaml ? /^\s*#/ : /^\s*<!--.*-->\s*$/);
      const to = yaml ? yamlValueEnd(source, from) : from;
      excuses.push({ source, offset: match.index, rules, reason, from, to, used: /* @__PURE__ */ new Set() });
    }
  }
  return excuses;
}
function applyExcuses(findings, excuses, rules) {
  const kept = [];
  const excused = [];
  for (const finding of findings) {
    const excuse = excuses.find((e) => e.source.displayPath === finding.file && finding.line >= e.from && finding.line <= e.to && e.rules.includes(finding.rule));
    if (excuse) {
      excuse.used.add(finding.rule);
      excused.push({ ...finding, reason: excuse.reason });
    } else kept.push(finding);
  }
  const problems = [];
  const problem = (e, message, hint) => problems.push(e.source.finding(e.offset, "warning", CODE.checkExcuse, message, hint));
  for (const e of excuses) {
    if (!e.rules.length) {
      problem(e, "this check-ignore-next-line names no rule", 'Write the rule and a reason: "check-ignore-next-line language/terminology: why this line is right".');
      continue;
    }
    if (!e.reason) problem(e, `the excuse for ${e.rules.join(", ")} gives no reason`, 'Say why the line is right after a colon, so the next reader knows: "check-ignore-next-line rule: reason".');
    for (const rule of e.rules) {
      if (!rules.known.includes(rule)) problem(e, `there is no check rule "${rule}"`, `${didYouMean(rule, rules.known)} The rules are listed in the README under "Rules".`);
      else if (rules.active.includes(rule) && !e.used.has(rule)) problem(e, `nothing on the next line breaks ${rule}`, "Remove the excuse, or move it to the line just above the problem.");
    }
  }
  return { findings: kept, excused, problems };
}

// src/check/terminology.ts
import fs from "node:fs";
import path from "node:path";
var BUILT_IN_TERMINOLOGY = path.join(PROJECT_ROOT, "src/check/data/terminology.yaml");
function compile(sources) {
  const terms = sources.flatMap((s) => s.terms).map((t2) => ({
    avoid: t2.avoid,
    say: t2.say,
    ...t2.why ? { why: t2.why } : {},
    for: t2.for,
    ...t2.level ? { level: t2.level } : {},
    quoted: t2.quoted,
    pattern: phrasePattern(t2.avoid),
    ...t2["explained-by"]?.length ? { explainedBy: phrasePattern(t2["explained-by"]) } : {}
  }));
  const allow = sources.flatMap((s) => s.allow);
  return { terms, ...allow.length ? { allow: phrasePattern(allow) } : {} };
}
var builtIn;
function builtInTerminology() {
  if (!builtIn) {
    const source = new YamlSource(BUILT_IN_TERMINOLOGY, fs.readFileSync(BUILT_IN_TERMINOLOGY, "utf8"));
    builtIn = terminologySchema.parse(source.doc.toJS());
  }
  return builtIn;
}
function loadTerminology(m) {
  const setting = m.source.check?.terminology;
  const yaml = m.loaded.module;
  const at = ["check", "terminology"];
  if (setting === void 0) return { terminology: compile([builtInTerminology()]), findings: [] };
  if (typeof setting === "object") return { terminology: compile([builtInTerminology(), setting]), findings: [] };
  const problem = (message, hint) => ({
    terminology: compile([builtInTerminology()]),
    findings: [yaml.findingAt(at, "error", CODE.checkConfig, message, hint)]
  });
  const file = resolveInside(m.dir, setting);
  if (!file) return problem(`"${setting}" is outside the module's folder`, "Keep the terms file inside the module folder.");
  if (!fs.existsSync(file)) return problem(`"${setting}" does not exist`, "Create the file, or correct the path (relative to the module folder).");
  const read = readText(file, displayPath(file), "yaml");
  if ("finding" in read) return { terminology: compile([builtInTerminology()]), findings: [read.finding] };
  const source = new YamlSource(displayPath(file), read.text);
  const built = yamlData(source);
  const findings = [...source.syntaxFindings(), ...source.doc.errors.length ? [] : built.findings];
  if (findings.length) return { terminology: compile([builtInTerminology()]), findings };
  const parsed = terminologySchema.safeParse(built.data ?? {});
  if (!parsed.success) {
    return {
      terminology: compile([builtInTerminology()]),
      findings: parsed.error.issues.map((issue) => source.findingAt(
        issue.path,
        "error",
        CODE.checkConfig,
        `terms file: ${issue.path.join(".") || "the file"}: ${issue.message}`,
        'Each term needs "avoid" (a list) and "say"; see src/check/data/terminology.yaml for the format.'
      ))
    };
  }
  return { terminology: { ...compile([builtInTerminology(), parsed.data]), source }, findings: [] };
}

// src/schema/tokens.ts
var TOKEN_KINDS = ["stat", "change", "var"];
var TOKEN = /\{\{\s*([A-Za-z-]+)((?:\s+[^\s{}]+)*)\s*\}\}/g;
function findTokens(text) {
  return [...text.matchAll(TOKEN)].map((m) => ({
    kind: m[1],
    args: m[2].trim() ? m[2].trim().split(/\s+/) : [],
    index: m.index,
    raw: m[0]
  }));
}
var ARITY = { stat: 1, change: 2, var: 1 };

// src/tailor/figures.ts
function formatValue(figure, language = "en") {
  const number = formatNumber(language, figure.value);
  const value = figure.unit === "percent" ? `${number}%` : number;
  return figure.qualifier ? `${figure.qualifier} ${value}` : value;
}
function formatCitation(figure) {
  return `${figure.publisher}, ${figure.period ?? figure.year}`;
}
function describeChange(from, to, language = "en") {
  const number = (value) => formatNumber(language, value);
  if (from.value === 0) return t(language, "change.rose-from-zero", { value: number(to.value) });
  const ratio = to.value / from.value;
  const percent = Math.trunc((ratio - 1) * 100);
  const signed = `${percent >= 0 ? "+" : "\u2212"}${number(Math.abs(percent))}%`;
  if (ratio === 1) return t(language, "change.same");
  if (ratio < 1) return t(language, "change.fell-by", { percent: number(Math.abs(percent)) });
  if (ratio < 2) return t(language, "change.rose-by", { percent: number(percent) });
  const times = Math.floor(ratio);
  const exact = ratio === times;
  const named = { 2: "doubled", 3: "tripled", 4: "quadrupled" };
  const words = named[times] ? t(language, `change.${exact ? "" : "more-than-"}${named[times]}`) : t(language, "change.grew-fold", { exact: exact ? "yes" : "no", times: times <= 10 ? times : number(times) });
  return `${words} (${signed})`;
}

// src/tailor/fill-tokens.ts
function fillTokens(raw, fill) {
  let text = "";
  const origins = [];
  const generated = [];
  let last = 0;
  const copy = (from, to) => {
    for (let i = from; i < to; i++) origins.push(i);
    text += raw.slice(from, to);
  };
  for (const token of findTokens(raw)) {
    copy(last, token.index);
    const filled = fill(token) ?? token.raw;
    generated.push({ start: text.length, end: text.length + filled.length, kind: token.kind, args: token.args });
    for (let i = 0; i < filled.length; i++) origins.push(token.index);
    text += filled;
    last = token.index + token.raw.length;
  }
  copy(last, raw.length);
  return { text, origins, generated };
}
function variableText(m, name, nation) {
  return m.source.variables?.[name]?.[nation];
}
function plainToken(m, token, nation) {
  if (token.kind === "stat") {
    const figure = m.figures.get(token.args[0] ?? "");
    return figure && `${formatValue(figure)} (${formatCitation(figure)})`;
  }
  if (token.kind === "change") {
    const from = m.figures.get(token.args[0] ?? "");
    const to = m.figures.get(token.args[1] ?? "");
    return from && to ? describeChange(from, to) : void 0;
  }
  return token.kind === "var" ? variableText(m, token.args[0] ?? "", nation) : void 0;
}
function tailoringNation(m, wanted) {
  return wanted && Object.values(m.source.variables ?? {}).every((v) => v[wanted]) ? wanted : m.source.nation;
}

// src/check/positions.ts
var import_yaml2 = __toESM(require_dist(), 1);
var SPACE = /\s/;
var MAX_SKIP = 4;
function scalarOffsets(source, path2) {
  const node = source.doc.getIn(path2, true);
  if (!(0, import_yaml2.isScalar)(node) || typeof node.value !== "string" || !node.range) return void 0;
  const value = node.value;
  const raw = source.text;
  const [start, end] = node.range;
  let cursor = start;
  if (node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED") {
    const header = raw.indexOf("\n", start);
    cursor = header < 0 ? end : header + 1;
  } else if (node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE") cursor = start + 1;
  const offsets = [];
  for (let i = 0; i < value.length; i++) {
    const char = value[i];
    const space = SPACE.test(char);
    let at = -1;
    let skipped = 0;
    for (let j = cursor; j < end; j++) {
      const rawChar = raw[j];
      if (space ? SPACE.test(rawChar) : rawChar === char) {
        at = j;
        break;
      }
      if (!SPACE.test(rawChar) && ++skipped > MAX_SKIP) break;
    }
    const offset = at >= 0 ? at : Math.min(cursor, Math.max(start, end - 1));
    offsets.push(offset);
    if (at >= 0) cursor = at + 1;
  }
  return offsets;
}

// src/check/texts.ts
var Collector = class {
  constructor(m, nation) {
    this.m = m;
    this.nation = nation;
  }
  m;
  nation;
  segments = [];
  ordinal = 0;
  add(raw, locate, meta) {
    if (!meta.audiences.size || !raw.trim()) return;
    const { text, origins, generated } = fillTokens(raw, (token) => plainToken(this.m, token, this.nation));
    const figures = generated.filter((g) => g.kind !== "var");
    const prose = blankRanges(maskMarkup(text), figures);
    const last = Math.max(0, raw.length - 1);
    this.segments.push({
      ...meta,
      text,
      prose,
      generated,
      ordinal: this.ordinal++,
      place: (index) => locate(origins[Math.min(Math.max(index, 0), origins.length - 1)] ?? last)
    });
  }
  /** A string value in a YAML file. */
  addYaml(source, path2, meta) {
    const value = source.doc.getIn(path2);
    if (typeof value !== "string") return;
    const offsets = scalarOffsets(source, path2);
    const fallback = source.offsetAt(path2);
    this.add(value, (i) => ({ source, offset: offsets?.[i] ?? fallback }), meta);
  }
  /** A part of a Markdown file that starts at `offset`. */
  addText(source, offset, text, meta) {
    this.add(text, (i) => ({ source, offset: offset + i }), meta);
  }
};
var LISTS = ["items", "points", "do", "dont", "questions", "materials"];
function collectSegments(m, views, nation) {
  const all = Object.keys(m.source.audiences);
  const yaml = m.loaded.module;
  const c = new Collector(m, nation);
  const only = (audiences, within = all) => new Set(within.filter((a) => !audiences || audiences.includes(a)));
  for (const [audience, entry] of Object.entries(m.source.audiences)) {
    const meta = { reader: "audience", audiences: /* @__PURE__ */ new Set([audience]) };
    if (entry.label) c.addYaml(yaml, ["audiences", audience, "label"], { ...meta, field: "label" });
    entry.objectives?.forEach((_, i) => c.addYaml(yaml, ["audiences", audience, "objectives", i], { ...meta, field: "objectives" }));
    entry.outcomes?.forEach((_, i) => c.addYaml(yaml, ["audiences", audience, "outcomes", i], { ...meta, field: "outcomes" }));
  }
  const titleBlock = m.source.blocks.findIndex((b) => b.type === "title");
  const moduleMeta = { reader: "audience", audiences: new Set(all), ...titleBlock >= 0 ? { block: titleBlock, blockType: "title" } : {} };
  c.addYaml(yaml, ["title"], { ...moduleMeta, field: "title" });
  if (m.source.subtitle) c.addYaml(yaml, ["subtitle"], { ...moduleMeta, field: "subtitle" });
  m.source.blocks.forEach((block, b) => {
    const at = ["blocks", b];
    const seen = isKeptFor(block.nations, nation) ? [...only(block.audiences)] : [];
    const base = { block: b, blockType: block.type, ...block.nations ? { nations: block.nations } : {} };
    const shown = (field, audiences = seen) => ({ ...base, field, reader: "audience", audiences: new Set(audiences) });
    const spoken = (field, audiences = seen) => ({ ...base, field, reader: "presenter", audiences: new Set(audiences) });
    const addKey = (key, meta = shown(key)) => c.addYaml(yaml, [...at, key], meta);
    const addList = (key, list) => list?.forEach((item, i) => {
      if (typeof item === "string") return c.addYaml(yaml, [...at, key, i], shown(key));
      const audiences = isKeptFor(item.nations, nation) ? [...only(item.audiences, seen)] : [];
      const meta = { ...shown(key, audiences), ...item.nations ? { nations: item.nations } : {} };
      c.addYaml(yaml, [...at, key, i, "text"], meta);
      if (item.detail) c.addYaml(yaml, [...at, key, i, "detail"], meta);
    });
    if (block.title) addKey("title");
    switch (block.type) {
      case "title":
        addKey("subtitle");
        break;
      case "holding":
      case "questions":
        addKey("text");
        break;
      case "definition":
        addKey("term");
        addKey("text");
        c.addYaml(yaml, [...at, "not-to-be-confused-with", "term"], shown("not-to-be-confused-with"));
        c.addYaml(yaml, [...at, "not-to-be-confused-with", "text"], shown("not-to-be-confused-with"));
        break;
      case "presenters":
        block.people.forEach((_, i) => {
          for (const key of ["name", "role", "organisation", "contact"]) c.addYaml(yaml, [...at, "people", i, key], shown("people"));
        });
        break;
      case "activity":
        addKey("instructions");
        addKey("scenario");
        block.quiz?.forEach((_, i) => {
          c.addYaml(yaml, [...at, "quiz", i, "statement"], shown("quiz"));
          c.addYaml(yaml, [...at, "quiz", i, "explain"], shown("quiz"));
        });
        break;
      case "markdown": {
        const section = m.sections.get(block.file);
        if (!section) break;
        const text = section.text;
        const frontTitle = section.frontMatter?.title;
        if (!block.title && typeof frontTitle === "string") {
          c.addText(text, Math.max(0, text.text.indexOf(frontTitle)), frontTitle, shown("title"));
        }
        for (const slide of section.slides) {
          c.addText(text, slide.offset, slide.markdown, shown("markdown"));
          if (slide.notes !== void 0 && slide.notesOffset !== void 0) {
            const found = text.text.indexOf(slide.notes, slide.notesOffset);
            c.addText(text, found < 0 ? slide.notesOffset : found, slide.notes, spoken("notes"));
          }
        }
        break;
      }
      default:
        break;
    }
    if ("intro" in block) addKey("intro");
    for (const key of LISTS) if (key in block) addList(key, block[key]);
    if (block.type === "activity") {
      addKey("support", spoken("support"));
      addKey("challenge", spoken("challenge"));
      addKey("directions", spoken("directions"));
    }
    const notesOf = (key, value) => {
      if (typeof value === "string") addKey(key, spoken(key));
      else if (value) {
        for (const audience of Object.keys(value)) {
          if (seen.includes(audience)) c.addYaml(yaml, [...at, key, audience], spoken(key, [audience]));
        }
      }
    };
    notesOf("notes", block.notes);
    if (block.type === "dos-and-donts") notesOf("dont-notes", block["dont-notes"]);
  });
  const audiencesOf = (has) => new Set(all.filter((a) => has(views.get(a))));
  const placedIn = (candidates) => {
    const blocks = [...new Set(candidates.filter((b) => b >= 0))].sort((a, b) => a - b);
    return blocks.length ? { block: blocks[0], blockType: m.source.blocks[blocks[0]].type, alsoIn: blocks.slice(1) } : {};
  };
  if (m.loaded.stats) {
    const stats = m.loaded.stats;
    [...m.figures.values()].forEach((figure, i) => {
      const audiences = audiencesOf((t2) => t2.figures.some((f) => f.id === figure.id));
      const inBlock = m.source.blocks.findIndex((b) => b.type === "statistics" && (b.figures.includes(figure.id) || !!b.compare?.some((p) => p.from === figure.id || p.to === figure.id)));
      const inText = c.segments.filter((t2) => t2.block !== void 0 && t2.generated.some((g) => g.kind !== "var" && g.args.includes(figure.id))).map((t2) => t2.block);
      const where = placedIn([inBlock, ...inText]);
      for (const key of ["label", "publisher", "period", "caveat"]) {
        c.addYaml(stats, ["figures", i, key], { ...where, field: key, reader: "audience", audiences });
      }
    });
  }
  if (m.loaded.resources) {
    const resources = m.loaded.resources;
    [...m.resources.values()].forEach((resource, i) => {
      const audiences = audiencesOf((t2) => t2.blocks.some((b) => b.type === "signposting" && b.resources.some((r) => r.id === resource.id)));
      const where = placedIn(m.source.blocks.map((b, index) => b.type === "signposting" && b.resources.includes(resource.id) ? index : -1));
      for (const key of ["name", "what", "who", "hours", "next"]) {
        c.addYaml(resources, ["resources", i, key], { ...where, field: key, reader: "audience", audiences, ...resource.nations ? { nations: resource.nations } : {} });
      }
    });
  }
  return c.segments;
}
function audienceViews(m, tailored, nation) {
  const segments = collectSegments(m, tailored, nation);
  const views = [...tailored].map(([id, t2]) => {
    const sourceBlocks = t2.blocks.map((b) => b.from?.block);
    const position = (segment) => {
      if (segment.block === void 0) return -1;
      const at = [segment.block, ...segment.alsoIn ?? []].map((b) => sourceBlocks.indexOf(b)).filter((i) => i >= 0);
      return at.length ? Math.min(...at) : sourceBlocks.length;
    };
    const own = segments.filter((s) => s.audiences.has(id)).sort((a, b) => position(a) - position(b) || Number(a.reader === "presenter") - Number(b.reader === "presenter") || a.ordinal - b.ordinal);
    return { id, tailored: t2, sourceBlocks, segments: own };
  });
  return { views, segments };
}

// src/check/run-checks.ts
function checkDate(env = process.env, now = /* @__PURE__ */ new Date()) {
  const epoch = env.SOURCE_DATE_EPOCH;
  return (epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1e3) : now).toISOString().slice(0, 10);
}
function ownedBy(finding, rules = RULES) {
  const owner = rules.find((r) => r.validates?.includes(finding.rule));
  return owner ? { ...finding, rule: owner.id } : finding;
}
function checkModule(m, tailored, options) {
  const rules = options.rules ?? RULES;
  const today = options.today ?? checkDate();
  const nation = options.nation;
  const config = resolveConfig(m, rules);
  const terms = loadTerminology(m);
  const { views, segments } = audienceViews(m, tailored, nation);
  const everyone = Object.keys(m.source.audiences);
  const merged = /* @__PURE__ */ new Map();
  for (const rule of rules) {
    const setting = config.settings.get(rule.id);
    if (setting.level === "off") continue;
    const report = (f) => {
      const { line, col } = f.at.source.positionOf(f.at.offset);
      const severity = setting.explicit ? setting.level : f.severity ?? rule.severity;
      const finding = { file: f.at.source.displayPath, line, col, severity: severity === "off" ? "warning" : severity, rule: rule.id, message: f.message, ...f.hint ? { hint: f.hint } : {} };
      const key = `${finding.file}:${line}:${col}:${rule.id}:${f.message}`;
      const existing = merged.get(key);
      if (existing) {
        f.audiences?.forEach((a) => existing.audiences.add(a));
        if (finding.severity === "error") existing.finding.severity = "error";
      } else merged.set(key, { finding, audiences: new Set(f.audiences ?? []) });
    };
    rule.run({ module: m, audiences: views, segments, today, nation, terminology: terms.terminology, filterAs: options.filterAs, options: setting.options, report });
  }
  const findings = [...merged.values()].map(({ finding, audiences }) => {
    const some = everyone.filter((a) => audiences.has(a));
    return some.length && some.length < everyone.length ? { ...finding, message: `${finding.message} (for ${some.join(", ")})` } : finding;
  });
  const sources = [m.loaded.module, m.loaded.stats, m.loaded.resources, ...[...m.sections.values()].map((s) => s.text), terms.terminology.source].filter((s) => s !== void 0);
  const excusing = applyExcuses(findings, findExcuses(sources), {
    known: rules.map((r) => r.id),
    active: rules.filter((r) => config.settings.get(r.id).level !== "off").map((r) => r.id)
  });
  return { findings: [...config.findings, ...terms.findings, ...excusing.findings, ...excusing.problems], excused: excusing.excused };
}

export {
  TOKEN_KINDS,
  findTokens,
  ARITY,
  formatValue,
  formatCitation,
  describeChange,
  fillTokens,
  variableText,
  tailoringNation,
  checkDate,
  ownedBy,
  checkModule
};
