import { createRequire as workshopkitCreateRequire } from 'node:module'; const require = workshopkitCreateRequire(import.meta.url);

// src/errors/catalogue.ts
var RULE_ENTRIES = {
  languageTerminology: { id: "language/terminology", doc: "Terms to avoid and what to say instead (a data file a force or school can extend), with names such as the Revenge Porn Helpline allowed." },
  languageAcronyms: { id: "language/acronyms", doc: "Every acronym (DSL, CSAM, FMSE, CEOP) is spelt out the first time each audience meets it." },
  languageVictimBlaming: { id: "language/victim-blaming", doc: 'Phrases that put the responsibility on the victim ("why did you send", "should have known", "careless") in slides, notes or handouts.' },
  statsSource: { id: "stats/source", doc: "Every figure comes from stats.yaml with its source, year and link; a number in the text that looks like a statistic but is not a {{stat}} is a warning." },
  statsCompare: { id: "stats/compare", doc: "Figures are compared only within one series (one publisher, one measure, one kind of period), and only verified figures are shown." },
  statsStale: { id: "stats/stale", doc: "A figure from more than 3 years before the build date, or a module (or service) not reviewed for 12 months, is a warning that names its date." },
  safeguardingSignposting: { id: "safeguarding/signposting", doc: "Every audience's outputs end with where to get help, showing services meant for its age, and every service named in the text is in resources.yaml." },
  safeguardingPupils: { id: "safeguarding/pupils", doc: "Pupil lessons have ground rules near the start and say it is never their fault (unless the module sets not-your-fault: false); they show no victim counts, no frightening case detail and set no homework on the topic." },
  safeguardingProfessionals: { id: "safeguarding/professionals", doc: "Staff and webinar decks carry the do/don't items the guidance requires: report to the DSL, and (unless the module sets imagery: false) never view, copy, print, share, store or save the imagery, as it is illegal." },
  nationsEnglandOnly: { id: "nations/england-only", doc: "Guidance or a curriculum for England alone (UKCIS, PSHE, children's social care) is named only in text kept to England (nations: [england]) or given per nation as a {{var}}." },
  timingDuration: { id: "timing/duration", doc: "Each audience's block minutes add up to its duration, within a tolerance (2 minutes unless set)." },
  notesSpeaker: { id: "notes/speaker", doc: "Every spoken slide of a webinar or a staff briefing has speaker notes, so whoever presents it (often not the author) knows what to say." },
  readabilityLevel: { id: "readability/level", doc: "The reading level (Flesch\u2013Kincaid grade) of what each audience reads is within its range, and the hardest sentences are named." },
  a11yAltText: { id: "a11y/alt-text", doc: "Every image has alt text that says what it shows." },
  linksFormat: { id: "links/format", doc: "Every web address is well formed and https, and every phone number is well formed for its region." }
};
var ERROR_ENTRIES = {
  fileNotAFile: { id: "file/not-a-file", doc: "A folder (or something else that is not a file) is where a file belongs." },
  fileUnreadable: { id: "file/unreadable", doc: "A file cannot be read: no permission, or the disk refused." },
  fileTooLarge: { id: "file/too-large", doc: "A file is larger than workshopkit reads (1 MB for YAML, 2 MB for Markdown, 8 MB for a translation)." },
  fileEncoding: { id: "file/encoding", doc: "A file has bytes that are not UTF-8; the first one is named at its line." },
  yamlSyntax: { id: "yaml/syntax", doc: "The file is not valid YAML; the message says what to change, once per mistake." },
  yamlDuplicateKey: { id: "yaml/duplicate-key", doc: "A key appears twice in one mapping; YAML would keep only one of them." },
  yamlAliases: { id: "yaml/aliases", doc: "Too many YAML aliases (*name), the shape of a file built to exhaust memory." },
  schemaUnknownKey: { id: "schema/unknown-key", doc: "A key the format does not have, usually a misspelling." },
  schemaUnknownBlockType: { id: "schema/unknown-block-type", doc: "A block whose type is not one of the block types, or that has none." },
  schemaMissingKey: { id: "schema/missing-key", doc: "A key the format requires is not there." },
  schemaWrongType: { id: "schema/wrong-type", doc: "A value of the wrong kind: text where a number belongs, a list where text belongs." },
  schemaInvalidValue: { id: "schema/invalid-value", doc: "A value that is not one of those allowed." },
  schemaInvalid: { id: "schema/invalid", doc: "A value of the right kind that breaks a rule of the format (too short, not a web address, not a date)." },
  moduleIdMismatch: { id: "module/id-mismatch", doc: "A module's id is not the name of its folder." },
  moduleUnknownAudience: { id: "module/unknown-audience", doc: "An audience that does not exist, or that the module does not declare." },
  moduleRequiredBlock: { id: "module/required-block", doc: "An audience does not see a block type that its audience file says every output for it must contain." },
  audienceBadId: { id: "audience/bad-id", doc: "An audience file whose name cannot be an id (lower-case letters, digits and single hyphens)." },
  moduleDuplicateId: { id: "module/duplicate-id", doc: "Two blocks have one id; the second is reported, naming where the first is." },
  moduleUnknownBlock: { id: "module/unknown-block", doc: "An activity returns to a block id that no block has." },
  moduleMissingVariable: { id: "module/missing-variable", doc: "A variable has no value for the nation the module is built for." },
  moduleMissingFile: { id: "module/missing-file", doc: "A block names a file that does not exist." },
  moduleOutsideFolder: { id: "module/outside-folder", doc: "A module names a file outside its own folder (by path or by a link)." },
  resourcesUnknownResource: { id: "resources/unknown-resource", doc: "A signposting block names a resource that resources.yaml does not have." },
  resourcesDuplicateId: { id: "resources/duplicate-id", doc: "Two resources have one id; the second is reported, naming where the first is." },
  statsUnknownFigure: { id: "stats/unknown-figure", doc: "A figure id that stats.yaml does not have." },
  statsUnverified: { id: "stats/unverified", doc: "A figure not yet verified against its primary source is shown." },
  statsDuplicateId: { id: "stats/duplicate-id", doc: "Two figures have one id; the second is reported, naming where the first is." },
  statsImplausible: { id: "stats/implausible", doc: "A figure that cannot be right: a count that is negative or not whole, a percentage outside 0 to 100, a number too large to be real." },
  textUnknownToken: { id: "text/unknown-token", doc: "A {{token}} in text that is not {{stat}}, {{change}} or {{var}}." },
  textTokenArguments: { id: "text/token-arguments", doc: "A {{token}} with the wrong number of names." },
  textUnknownVariable: { id: "text/unknown-variable", doc: "A {{var name}} that the module does not define." },
  markdownEmpty: { id: "markdown/empty", doc: "A Markdown section with no slides." },
  markdownImage: { id: "markdown/image", doc: "An image in a Markdown section: modules on this subject carry none." },
  slidesTooLong: { id: "slides/too-long", doc: "A paragraph or list item too long for any slide even at the theme's smallest text size, which cannot be split; or a slide the slides PDF measured as still cut off." },
  checkConfig: { id: "check/config", doc: "A check setting in module.yaml (or a terms file) that is wrong." },
  checkExcuse: { id: "check/excuse", doc: "A check-ignore comment that names no rule or an unknown one, gives no reason, or excuses nothing." },
  translationSyntax: { id: "translation/syntax", doc: "A translation file (translations/<lang>.xlf) that is not well-formed XLIFF 1.2." },
  translationFile: { id: "translation/file", doc: "A language the module lists, or a build asks for, has no translation file, or the file is for another language." },
  translationMissing: { id: "translation/missing", doc: "A text of the module has no translation (no unit, or an empty target); a build in that language stops." },
  translationStale: { id: "translation/stale", doc: "The English of a text changed after it was translated; the translation is used, and needs updating." },
  translationTokens: { id: "translation/tokens", doc: "A translation leaves out, adds or changes a {{token}} of its English." },
  configTheme: { id: "config/theme", doc: "workshopkit.config.yaml names a theme that does not exist." },
  configBrand: { id: "config/brand", doc: "workshopkit.config.yaml names a brand file that does not exist." },
  brandLogo: { id: "brand/logo", doc: "A brand's logo is not a usable SVG or PNG, has no size, or loads something from elsewhere." },
  brandContrast: { id: "brand/contrast", doc: "A brand colour makes a text and background pair too faint to read (WCAG AA)." },
  themeContrast: { id: "theme/contrast", doc: "A theme colour makes a text and background pair too faint to read (WCAG AA, AAA for high-contrast)." },
  themeSize: { id: "theme/size", doc: "A theme size below the least that can be read, or body text smaller than the theme's own smallest size." },
  templateSyntax: { id: "template/syntax", doc: "A Handlebars template that does not parse: a block left open, a stray closing tag." },
  templateMissingPartial: { id: "template/missing-partial", doc: "A template includes a partial ({{> name}}) that no template file provides." },
  templateRuntime: { id: "template/runtime", doc: "A template failed while it rendered: a helper that does not exist, or one given the wrong values." }
};
var ENTRIES = { ...RULE_ENTRIES, ...ERROR_ENTRIES };
var CODE = Object.fromEntries(Object.entries(ENTRIES).map(([name, entry]) => [name, entry.id]));
var RULES_ANCHOR = "README.md#rules";
var ERRORS_ANCHOR = "README.md#error-codes";
var CATALOGUE = [
  ...Object.values(RULE_ENTRIES).map((entry) => ({ ...entry, docs: RULES_ANCHOR })),
  ...Object.values(ERROR_ENTRIES).map((entry) => ({ ...entry, docs: ERRORS_ANCHOR }))
];
var BY_ID = new Map(CATALOGUE.map((entry) => [entry.id, entry]));
function catalogued(id) {
  return BY_ID.get(id);
}

export {
  CODE,
  catalogued
};
