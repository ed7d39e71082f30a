// A theme is a set of design tokens in themes/<name>/theme.yaml: colours, the font, sizes and spacing.
// They are compiled into CSS custom properties (tokens.css) at build time; the stylesheets in themes/base/
// use only those properties, so a theme can change how everything looks and nothing else.
import { z } from 'zod';
import { FONT_IDS } from './fonts.js';

/** "#rrggbb" or "#rgb". In YAML it must be quoted, or "#" starts a comment. */
export const colour = z
  .string()
  .regex(/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'write a colour as "#rrggbb" (in quotes), like "#0d5c6b"');

const px = z.string().regex(/^\d+(\.\d+)?px$/, 'write a size in pixels, like "34px"');
const pt = z.string().regex(/^\d+(\.\d+)?pt$/, 'write a size in points, like "11pt"');
const em = z.union([z.literal(0), z.string().regex(/^\d+(\.\d+)?em$/, 'write a spacing in em, like "0.05em", or 0')]);

export const COLOUR_TOKENS = [
  'background', 'text', 'muted', 'accent', 'accent-soft', 'on-accent', 'link', 'do', 'dont', 'focus', 'paper',
] as const;
export type ColourToken = (typeof COLOUR_TOKENS)[number];

const colours = z.strictObject({
  background: colour.describe('Slides.'),
  text: colour.describe('Body text, on slides and paper.'),
  muted: colour.describe('Secondary text: sources, labels, times.'),
  accent: colour.describe('Headings, rules, figures and slide numbers.'),
  'accent-soft': colour.describe('The background of panels: definitions, figures, places to get help, table heads.'),
  'on-accent': colour.describe('Text on the accent colour (slide numbers).'),
  link: colour,
  do: colour.describe('"Do" headings and ticks.'),
  dont: colour.describe('"Don\'t" headings, crosses and the safeguarding box.'),
  focus: colour.describe('The outline around whatever has keyboard focus in a deck.'),
  paper: colour.describe('The page of handouts, lesson plans and presenter scripts.'),
});

export const themeSchema = z.strictObject({
  $schema: z.string().optional(),
  description: z.string().min(1),
  contrast: z
    .enum(['AA', 'AAA'])
    .describe('The WCAG level every text and background pair must reach: AA is 4.5:1 (3:1 for large text), AAA is 7:1 (4.5:1).'),
  'brand-colours': z.boolean().describe('Whether a brand file\'s colours replace the theme\'s accent, panel and link colours.'),
  font: z.enum(FONT_IDS).describe('A font shipped with workshopkit.'),
  emphasis: z.enum(['italic', 'bold']).describe('How emphasised words are set: the dyslexia style guide asks for bold, never italics.'),
  colours,
  text: z.strictObject({
    'line-height': z.number().min(1).max(2.5),
    'letter-spacing': em,
    'word-spacing': em,
  }),
  deck: z.strictObject({
    size: px.describe('Body text on a 1280 x 720 slide.'),
    'min-size': px.describe('Nothing on a slide is smaller: long slides shrink to this and no further.'),
    rule: px.describe('The rule under slide headings and the edge of panels.'),
    'help-per-slide': z.number().int().min(1).max(6).describe('Places to get help on one slide: fewer when the text is larger, so none is set below min-size.'),
  }),
  print: z.strictObject({
    size: pt.describe('Body text of lesson plans and presenter scripts.'),
    'handout-size': pt.describe('Body text of handouts (two columns).'),
    'min-size': pt.describe('Sources and small print.'),
  }),
  logo: z.strictObject({ filter: z.enum(['none', 'grayscale']).describe('grayscale for black-and-white printing.') }),
});
export type ThemeSource = z.infer<typeof themeSchema>;
