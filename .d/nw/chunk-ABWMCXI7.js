import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);
import {
  THEME_FILE,
  availableThemes
} from "./chunk-DFQLIUK3.js";
import {
  YamlSource,
  displayPath,
  require_dist,
  yamlData
} from "./chunk-IAD3MKC4.js";
import {
  readText
} from "./chunk-ATT2L2IN.js";
import {
  THEMES_DIR
} from "./chunk-AH7RKJCQ.js";
import {
  CODE
} from "./chunk-APUE7URT.js";
import {
  didYouMean
} from "./chunk-IN3YCHNO.js";
import {
  external_exports
} from "./chunk-VJZFBD7F.js";
import {
  __toESM
} from "./chunk-AKJVFXR4.js";

// src/theme/fonts.ts
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
var require2 = createRequire(import.meta.url);
var FONTS = {
  // The 2025 edition: the 2020 one has no ŵ or ŷ, so Welsh fell back to another font.
  "atkinson-hyperlegible-next": { package: "@fontsource/atkinson-hyperlegible-next", family: "Atkinson Hyperlegible Next", italic: true, charWidth: 0.47 },
  lexend: { package: "@fontsource/lexend", family: "Lexend", italic: false, charWidth: 0.52 }
};
var FONT_IDS = Object.keys(FONTS);
var PPTX_FONT = "Arial";
var FALLBACK_FONTS = "'Noto Sans', Arial, sans-serif";
var SUBSETS = ["latin", "latin-ext"];
var WEIGHTS = [400, 700];
function fontFaces(id, { italic }) {
  const spec = FONTS[id];
  const dir = path.dirname(require2.resolve(`${spec.package}/package.json`));
  const faces = [];
  const wanted = [
    ...WEIGHTS.map((weight) => ({ weight, style: "normal", subsets: SUBSETS })),
    ...italic && spec.italic ? [{ weight: 400, style: "italic", subsets: SUBSETS }] : []
  ];
  for (const { weight, style, subsets } of wanted) {
    const css = fs.readFileSync(path.join(dir, `${weight}${style === "italic" ? "-italic" : ""}.css`), "utf8");
    for (const block of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
      const body = block[1];
      const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body)?.[1];
      const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
      const subset = file && subsets.find((s) => file.endsWith(`-${s}-${weight}-${style}.woff2`));
      if (!file || !range || !subset) continue;
      faces.push({ family: spec.family, style, weight, unicodeRange: range.trim().replace(/,\s*/g, ", "), file, from: path.join(dir, "files", file) });
    }
  }
  const missing = wanted.flatMap((w) => w.subsets.map((s) => `${s}-${w.weight}-${w.style}`)).filter((key) => !faces.some((f) => f.file.endsWith(`-${key}.woff2`)));
  if (missing.length) throw new Error(`the font package ${spec.package} has no files for: ${missing.join(", ")}`);
  return faces;
}

// src/theme/theme-schema.ts
var colour = external_exports.string().regex(/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'write a colour as "#rrggbb" (in quotes), like "#0d5c6b"');
var px = external_exports.string().regex(/^\d+(\.\d+)?px$/, 'write a size in pixels, like "34px"');
var pt = external_exports.string().regex(/^\d+(\.\d+)?pt$/, 'write a size in points, like "11pt"');
var em = external_exports.union([external_exports.literal(0), external_exports.string().regex(/^\d+(\.\d+)?em$/, 'write a spacing in em, like "0.05em", or 0')]);
var COLOUR_TOKENS = [
  "background",
  "text",
  "muted",
  "accent",
  "accent-soft",
  "on-accent",
  "link",
  "do",
  "dont",
  "focus",
  "paper"
];
var colours = external_exports.strictObject({
  background: colour.describe("Slides."),
  text: colour.describe("Body text, on slides and paper."),
  muted: colour.describe("Secondary text: sources, labels, times."),
  accent: colour.describe("Headings, rules, figures and slide numbers."),
  "accent-soft": colour.describe("The background of panels: definitions, figures, places to get help, table heads."),
  "on-accent": colour.describe("Text on the accent colour (slide numbers)."),
  link: colour,
  do: colour.describe('"Do" headings and ticks.'),
  dont: colour.describe(`"Don't" headings, crosses and the safeguarding box.`),
  focus: colour.describe("The outline around whatever has keyboard focus in a deck."),
  paper: colour.describe("The page of handouts, lesson plans and presenter scripts.")
});
var themeSchema = external_exports.strictObject({
  $schema: external_exports.string().optional(),
  description: external_exports.string().min(1),
  contrast: external_exports.enum(["AA", "AAA"]).describe("The WCAG level every text and background pair must reach: AA is 4.5:1 (3:1 for large text), AAA is 7:1 (4.5:1)."),
  "brand-colours": external_exports.boolean().describe("Whether a brand file's colours replace the theme's accent, panel and link colours."),
  font: external_exports.enum(FONT_IDS).describe("A font shipped with workshopkit."),
  emphasis: external_exports.enum(["italic", "bold"]).describe("How emphasised words are set: the dyslexia style guide asks for bold, never italics."),
  colours,
  text: external_exports.strictObject({
    "line-height": external_exports.number().min(1).max(2.5),
    "letter-spacing": em,
    "word-spacing": em
  }),
  deck: external_exports.strictObject({
    size: px.describe("Body text on a 1280 x 720 slide."),
    "min-size": px.describe("Nothing on a slide is smaller: long slides shrink to this and no further."),
    rule: px.describe("The rule under slide headings and the edge of panels."),
    "help-per-slide": external_exports.number().int().min(1).max(6).describe("Places to get help on one slide: fewer when the text is larger, so none is set below min-size.")
  }),
  print: external_exports.strictObject({
    size: pt.describe("Body text of lesson plans and presenter scripts."),
    "handout-size": pt.describe("Body text of handouts (two columns)."),
    "min-size": pt.describe("Sources and small print.")
  }),
  logo: external_exports.strictObject({ filter: external_exports.enum(["none", "grayscale"]).describe("grayscale for black-and-white printing.") })
});

// src/theme/contrast.ts
var REQUIRED = {
  AA: { text: 4.5, large: 3, "non-text": 3 },
  AAA: { text: 7, large: 4.5, "non-text": 3 }
};
function parseHex(hex) {
  let digits = hex.replace(/^#/, "");
  if (digits.length === 3) digits = [...digits].map((d) => d + d).join("");
  if (!/^[0-9a-fA-F]{6}$/.test(digits)) throw new Error(`not a colour: ${hex}`);
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16));
}
function toHex([r, g, b]) {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`;
}
function relativeLuminance(hex) {
  const [r, g, b] = parseHex(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrastRatio(a, b) {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
function formatRatio(ratio) {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}
function nearestPassing(colour2, against, minimum) {
  const rgb = parseHex(colour2);
  const towards = relativeLuminance(against) > 0.18 ? 0 : 255;
  for (let step = 1; step <= 100; step++) {
    const mixed = toHex(rgb.map((c) => c + (towards - c) * (step / 100)));
    if (contrastRatio(mixed, against) >= minimum) return mixed;
  }
  return void 0;
}

// src/theme/pairs.ts
var COLOUR_USES = [
  // Slides (deck.css, slides-print.css): every slide text is at least 24px, but the check treats it as normal
  // text where the same colour is also used on paper at small sizes.
  { fg: "text", bg: "background", kind: "text", what: "body text on slides" },
  { fg: "muted", bg: "background", kind: "text", what: "sources and labels on slides" },
  { fg: "accent", bg: "background", kind: "text", what: "headings and figures on slides" },
  { fg: "link", bg: "background", kind: "text", what: "links on slides" },
  { fg: "do", bg: "background", kind: "large", what: '"do" headings on slides' },
  { fg: "dont", bg: "background", kind: "large", what: `"don't" headings on slides` },
  { fg: "text", bg: "accent-soft", kind: "text", what: "text in panels (definitions, figures, places to get help, table heads)" },
  { fg: "muted", bg: "accent-soft", kind: "text", what: "sources in figure panels" },
  { fg: "accent", bg: "accent-soft", kind: "large", what: "large figures in panels" },
  { fg: "link", bg: "accent-soft", kind: "text", what: "links in help panels" },
  { fg: "on-accent", bg: "accent", kind: "large", what: "slide numbers" },
  { fg: "focus", bg: "background", kind: "non-text", what: "the keyboard focus outline" },
  // Paper (print.css): handouts, lesson plans and presenter scripts, down to the theme's smallest print size.
  { fg: "text", bg: "paper", kind: "text", what: "body text on paper" },
  { fg: "muted", bg: "paper", kind: "text", what: "sources, times and page footers on paper" },
  { fg: "accent", bg: "paper", kind: "text", what: "headings on paper" },
  { fg: "link", bg: "paper", kind: "text", what: "links on paper" },
  { fg: "do", bg: "paper", kind: "text", what: "ticks on paper" },
  { fg: "dont", bg: "paper", kind: "text", what: "crosses on paper" }
];

// src/theme/look.ts
var BRAND_COLOURS = { primary: "accent", secondary: "accent-soft", link: "link" };
var DECK_MIN_FLOOR_PX = 24;
var PRINT_MIN_FLOOR_PT = 8;
var PRINT_BODY_FLOOR_PT = 10;
function lookOf(theme, brand) {
  const colours2 = { ...theme.source.colours };
  const origins = Object.fromEntries(
    COLOUR_TOKENS.map((token) => [token, { source: theme.file, path: ["colours", token], label: token, fromBrand: false }])
  );
  if (brand && theme.source["brand-colours"]) {
    for (const [name, token] of Object.entries(BRAND_COLOURS)) {
      const value = brand.colours[name];
      if (!value) continue;
      colours2[token] = value.toLowerCase();
      origins[token] = { source: brand.file, path: ["colours", name], label: `the brand colour ${name}`, fromBrand: true };
    }
  }
  const fonts = fontFaces(theme.source.font, { italic: theme.source.emphasis === "italic" });
  return { theme, ...brand ? { brand } : {}, colours: colours2, origins, fonts };
}
var STRICTNESS = { "non-text": 0, large: 1, text: 2 };
function contrastFindings(look) {
  const level = look.theme.source.contrast;
  const pairs = /* @__PURE__ */ new Map();
  for (const use of COLOUR_USES) {
    const key = `${use.fg}/${use.bg}`;
    const pair = pairs.get(key) ?? { fg: use.fg, bg: use.bg, kind: use.kind, what: [] };
    if (STRICTNESS[use.kind] > STRICTNESS[pair.kind]) pair.kind = use.kind;
    pair.what.push(use.what);
    pairs.set(key, pair);
  }
  const findings = [];
  for (const { fg, bg, kind, what } of pairs.values()) {
    const [fgColour, bgColour] = [look.colours[fg], look.colours[bg]];
    const ratio = contrastRatio(fgColour, bgColour);
    const minimum = REQUIRED[level][kind];
    if (ratio >= minimum) continue;
    const [fgOrigin, bgOrigin] = [look.origins[fg], look.origins[bg]];
    const blamed = !fgOrigin.fromBrand && bgOrigin.fromBrand ? bgOrigin : fgOrigin;
    const other = blamed === fgOrigin ? bgColour : fgColour;
    const suggestion = nearestPassing(blamed === fgOrigin ? fgColour : bgColour, other, minimum);
    const levelText = `WCAG ${level}${kind === "large" ? ", large text" : kind === "non-text" ? ", non-text" : ""}${level === "AAA" ? `: the ${look.theme.name} theme's level` : ""}`;
    findings.push(
      blamed.source.findingAt(
        blamed.path,
        "error",
        blamed.fromBrand ? CODE.brandContrast : CODE.themeContrast,
        `${fgOrigin.label} (${fgColour}) on ${bgOrigin.label} (${bgColour}) has a contrast of ${formatRatio(ratio)}; ${what.join(", ")} need at least ${minimum}:1 (${levelText})`,
        `${suggestion ? `A ${relativeWord(blamed, fgOrigin, fgColour, bgColour)} shade, such as ${suggestion}, reaches ${formatRatio(contrastRatio(suggestion, other))}. ` : ""}${blamed.fromBrand ? `Change ${blamed.path.join(".")} in the brand file, or build with a theme that keeps its own colours (high-contrast, print-mono).` : `Change colours.${blamed.label} in the theme.`}`
      )
    );
  }
  return findings;
}
function relativeWord(blamed, fgOrigin, fg, bg) {
  const moving = blamed === fgOrigin ? fg : bg;
  const other = blamed === fgOrigin ? bg : fg;
  return contrastRatio(moving, "#000000") < contrastRatio(other, "#000000") ? "darker" : "lighter";
}
var number = (size) => Number.parseFloat(size);
function sizeFindings(theme) {
  const { deck, print } = theme.source;
  const at = (path3, message, hint) => theme.file.findingAt(path3, "error", CODE.themeSize, message, hint);
  const findings = [];
  if (number(deck["min-size"]) < DECK_MIN_FLOOR_PX) {
    findings.push(at(
      ["deck", "min-size"],
      `the smallest slide text, ${deck["min-size"]}, is below ${DECK_MIN_FLOOR_PX}px`,
      `Slides are 1280 x 720; ${DECK_MIN_FLOOR_PX}px is the least that can be read from the back of a classroom.`
    ));
  }
  if (number(deck.size) < number(deck["min-size"])) {
    findings.push(at(["deck", "size"], `body text on slides (${deck.size}) is smaller than the smallest slide text (${deck["min-size"]})`, "Make deck.size at least deck.min-size."));
  }
  if (number(print["min-size"]) < PRINT_MIN_FLOOR_PT) {
    findings.push(at(["print", "min-size"], `the smallest print size, ${print["min-size"]}, is below ${PRINT_MIN_FLOOR_PT}pt`, `Nothing printed should be smaller than ${PRINT_MIN_FLOOR_PT}pt.`));
  }
  for (const key of ["size", "handout-size"]) {
    if (number(print[key]) < PRINT_BODY_FLOOR_PT) {
      findings.push(at(["print", key], `body text on paper (${print[key]}) is below ${PRINT_BODY_FLOOR_PT}pt`, `Printed body text needs at least ${PRINT_BODY_FLOOR_PT}pt; 12pt or more for readers with dyslexia.`));
    }
  }
  return findings;
}
function lookFontFaces(look) {
  return look.fonts;
}
function tokensCss(look) {
  const { source } = look.theme;
  const italic = source.emphasis === "italic" && FONTS[source.font].italic;
  const faces = lookFontFaces(look).map(
    (face) => `@font-face { font-family: '${face.family}'; font-style: ${face.style}; font-weight: ${face.weight}; font-display: block;
  src: url(fonts/${face.file}) format('woff2');
  unicode-range: ${face.unicodeRange}; }`
  );
  const properties = [
    ["font", `'${FONTS[source.font].family}', ${FALLBACK_FONTS}`],
    ...COLOUR_TOKENS.map((token) => [token, look.colours[token]]),
    ["line-height", String(source.text["line-height"])],
    ["letter-spacing", String(source.text["letter-spacing"])],
    ["word-spacing", String(source.text["word-spacing"])],
    // Emphasis: italic, or bold and upright. "initial" makes font-weight: var(--wk-em-weight) inherit the
    // weight around it, so italics inside bold text stay bold.
    ["em-style", italic ? "italic" : "normal"],
    ["em-weight", italic ? "initial" : "700"],
    ["deck-size", source.deck.size],
    ["deck-min-size", source.deck["min-size"]],
    ["rule", source.deck.rule],
    ["print-size", source.print.size],
    ["handout-size", source.print["handout-size"]],
    ["print-min-size", source.print["min-size"]],
    ["logo-filter", source.logo.filter === "grayscale" ? "grayscale(1)" : "none"]
  ];
  const made = `themes/${look.theme.name}/theme.yaml${look.brand && source["brand-colours"] && Object.keys(look.brand.colours).length ? " and the brand's colours" : ""}`;
  return [
    `/* Made by workshopkit from ${made}. The stylesheets beside it use only these properties. */`,
    ...faces,
    "",
    ":root {",
    ...properties.map(([name, value]) => `  --wk-${name}: ${value};`),
    "}",
    ""
  ].join("\n");
}
function footerStyleOf(look) {
  return { color: look.colours.muted, font: `'${FONTS[look.theme.source.font].family}', ${FALLBACK_FONTS}` };
}

// src/source/yaml-file.ts
var import_yaml = __toESM(require_dist(), 1);

// src/source/type-words.ts
var KIND_WORDS = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a mapping (key: value lines)",
  record: "a mapping (key: value lines)",
  date: "a date",
  null: "nothing"
};
function kindOf(value) {
  if (value === null || value === void 0) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (value instanceof Date) return "a date";
  if (typeof value === "string") return value.trim() === "" ? "empty text" : "text";
  if (typeof value === "number") return Number.isInteger(value) ? "a whole number" : "a number";
  if (typeof value === "boolean") return `${String(value)} (true or false)`;
  if (typeof value === "object") return "a mapping (key: value lines)";
  return typeof value;
}
function wrongTypeMessage(expected, got) {
  return `expected ${KIND_WORDS[expected] ?? expected}, got ${kindOf(got)}`;
}
function howToWrite(expected) {
  switch (expected) {
    case "number":
    case "int":
      return "Write the number without quotes or words, for example: value: 1200.";
    case "string":
      return "Write the text; put it in quotes if it looks like a number, a date or true/false.";
    case "array":
      return 'Write a list: [a, b], or one "- item" per line, indented under the key.';
    case "boolean":
      return "Write true or false, without quotes.";
    default:
      return `Write ${KIND_WORDS[expected] ?? expected} here.`;
  }
}

// src/source/schema-findings.ts
function knownKeysAt(schema, data, path3) {
  let current = schema;
  let value = data;
  const unwrap = (s) => {
    const def = s._zod.def;
    if (def.innerType) return unwrap(def.innerType);
    if (def.type === "pipe" && def.in) return unwrap(def.in);
    return s;
  };
  const pickOption = (s, v) => {
    const def = s._zod.def;
    if (def.type !== "union" || !def.options) return s;
    const objects = def.options.map(unwrap).filter((o) => o._zod.def.type === "object");
    const type = v?.type;
    const byType = objects.find((o) => {
      const literal = o._zod.def.shape.type;
      return literal && literal._zod.def.values?.includes(type);
    });
    return byType ?? objects[0] ?? s;
  };
  for (const segment of [...path3, void 0]) {
    if (!current) return [];
    current = pickOption(unwrap(current), value);
    const def = current._zod.def;
    if (segment === void 0) return def.type === "object" && def.shape ? Object.keys(def.shape) : [];
    value = value?.[segment];
    current = def.type === "object" ? def.shape?.[segment] : def.type === "array" ? def.element : def.valueType;
  }
  return [];
}
function describePath(path3, data) {
  let value = data;
  const parts = [];
  for (const segment of path3) {
    value = value?.[segment];
    if (typeof segment === "number") {
      const type = value?.type;
      parts.push(`[${segment + 1}]${typeof type === "string" && parts.at(-1) === "blocks" ? ` (${type})` : ""}`);
    } else parts.push(parts.length ? `.${segment}` : segment);
  }
  return parts.join("").replace(/^blocks\[/, "block [") || "the file";
}
function flattenUnion(issue) {
  if (issue.code !== "invalid_union" || !issue.errors.length) return [issue];
  const rootTypeMismatch = (branch) => branch.some((i) => i.code === "invalid_type" && i.path.length === 0);
  const branches = issue.errors.filter((b) => !rootTypeMismatch(b));
  if (!branches.length) {
    return [{ ...issue, errors: [], message: 'expected text, or an item with "text" and optional "detail", "audiences" and "nations"' }];
  }
  return branches[0].flatMap((inner) => flattenUnion({ ...inner, path: [...issue.path, ...inner.path] }));
}
function schemaFindings(source, schema, data, docs = "Compare with docs/module-format.md, or let your editor check the file against schemas/module.schema.json.") {
  const result = schema.safeParse(data);
  if (result.success) return [];
  const findings = [];
  for (const issue of result.error.issues.flatMap(flattenUnion)) {
    const path3 = issue.path;
    const where = describePath(path3.slice(0, -1), data);
    if (issue.code === "unrecognized_keys") {
      const known = knownKeysAt(schema, data, path3).filter((k) => k !== "$schema");
      for (const key of issue.keys) {
        findings.push(source.finding(
          source.keyOffset(path3, key),
          "error",
          CODE.schemaUnknownKey,
          `unknown key "${key}" in ${describePath(path3, data)}`,
          `${didYouMean(key, known)} Remove the key or correct its spelling.`
        ));
      }
    } else if (issue.code === "invalid_union" && "discriminator" in issue && issue.discriminator) {
      const given = data && path3.reduce((v, s) => v?.[s], data);
      const options = issue.options;
      const named = given === null || typeof given !== "object";
      findings.push(source.findingAt(
        path3,
        "error",
        CODE.schemaUnknownBlockType,
        given === void 0 ? `${where} has no "type"` : named ? `unknown block type "${String(given)}"` : `${where}'s "type" is ${kindOf(given)}, not a block type`,
        `${given === void 0 || !named ? "" : didYouMean(String(given), options)} Block types: ${options.join(", ")}.`.trim()
      ));
    } else if (issue.code === "invalid_type" && valueAt(data, path3) !== void 0) {
      findings.push(source.findingAt(path3, "error", CODE.schemaWrongType, `${describePath(path3, data)}: ${wrongTypeMessage(issue.expected, valueAt(data, path3))}`, howToWrite(issue.expected)));
    } else if (issue.code === "invalid_type" || issue.code === "invalid_value" && valueAt(data, path3) === void 0) {
      const key = String(path3.at(-1));
      findings.push(source.findingAt(
        path3.slice(0, -1),
        "error",
        CODE.schemaMissingKey,
        `${where} needs "${key}"`,
        issue.code === "invalid_value" ? `Add "${key}:" with one of: ${issue.values.map(String).join(", ")}.` : `Add "${key}:" (${issue.expected === "array" ? "a list" : `a ${issue.expected}`}) to ${where}.`
      ));
    } else if (issue.code === "invalid_value") {
      const given = path3.reduce((v, s) => v?.[s], data);
      const values = issue.values.map(String);
      findings.push(given !== null && typeof given === "object" ? source.findingAt(path3, "error", CODE.schemaInvalidValue, `${describePath(path3, data)}: expected one of ${values.join(", ")}, got ${kindOf(given)}`, "Write one of the names on the same line as the key.") : source.findingAt(
        path3,
        "error",
        CODE.schemaInvalidValue,
        `"${String(given)}" is not allowed for ${describePath(path3, data)}`,
        didYouMean(String(given), values)
      ));
    } else {
      findings.push(source.findingAt(path3, "error", CODE.schemaInvalid, `${describePath(path3, data)}: ${issue.message.replace(/^Invalid input: /, "")}`, docs));
    }
  }
  return findings;
}
var valueAt = (data, path3) => path3.reduce((v, s) => v?.[s], data);

// src/source/yaml-file.ts
function unquotedColours(source) {
  const findings = [];
  const colours2 = source.doc.get("colours", true);
  if (!(0, import_yaml.isMap)(colours2)) return findings;
  for (const pair of colours2.items) {
    if (!(0, import_yaml.isPair)(pair) || !(0, import_yaml.isScalar)(pair.key)) continue;
    const empty = pair.value === null || (0, import_yaml.isScalar)(pair.value) && pair.value.value === null;
    const keyStart = pair.key.range?.[0] ?? 0;
    const end = source.text.indexOf("\n", keyStart);
    const line = source.text.slice(keyStart, end < 0 ? void 0 : end);
    const hash = line.indexOf("#");
    if (empty && hash >= 0) {
      const colour2 = /#[0-9a-fA-F]*/.exec(line.slice(hash))?.[0] ?? "#rrggbb";
      findings.push(source.finding(
        keyStart + hash,
        "error",
        CODE.schemaInvalid,
        `the colour ${String(pair.key.value)} is read as empty: in YAML, "#" starts a comment`,
        `Put the colour in quotes: ${String(pair.key.value)}: "${colour2}"`
      ));
    }
  }
  return findings;
}
function readYamlFile(file, schema, docs, cwd = process.cwd()) {
  const shown = displayPath(file, cwd);
  const read = readText(file, shown, "yaml");
  if ("finding" in read) return { source: new YamlSource(shown, ""), findings: [read.finding] };
  const source = new YamlSource(shown, read.text);
  const syntax = source.syntaxFindings();
  if (syntax.length) return { source, findings: syntax };
  const built = yamlData(source);
  if (built.findings.length) return { source, findings: built.findings };
  const data = built.data ?? {};
  const colours2 = unquotedColours(source);
  const lines = new Set(colours2.map((f) => f.line));
  const findings = [...colours2, ...schemaFindings(source, schema, data, docs).filter((f) => !lines.has(f.line))];
  if (findings.length) return { source, findings };
  return { source, data: schema.parse(data), findings };
}

// src/theme/load-theme.ts
import path2 from "node:path";
var BASE_DIR = path2.join(THEMES_DIR, "base");
function unknownTheme(name) {
  const themes = availableThemes();
  return themes.includes(name) ? void 0 : { message: `there is no theme "${name}"`, hint: didYouMean(name, themes) };
}
function loadTheme(name, themesDir = THEMES_DIR) {
  const file = path2.join(themesDir, name, THEME_FILE);
  const parsed = readYamlFile(file, themeSchema, "The tokens a theme needs are listed in src/theme/theme-schema.ts.");
  return parsed.data ? { theme: { name, source: parsed.data, file: parsed.source }, findings: parsed.findings } : { findings: parsed.findings };
}
function plainLook(name) {
  const { theme, findings } = loadTheme(name);
  if (!theme) throw new Error(`the theme "${name}" cannot be read: ${findings.map((f) => `${f.file}:${f.line}:${f.col} ${f.message}`).join("; ")}`);
  return lookOf(theme);
}

export {
  FONTS,
  PPTX_FONT,
  colour,
  themeSchema,
  lookOf,
  contrastFindings,
  sizeFindings,
  lookFontFaces,
  tokensCss,
  footerStyleOf,
  schemaFindings,
  readYamlFile,
  BASE_DIR,
  unknownTheme,
  loadTheme,
  plainLook
};
