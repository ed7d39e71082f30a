// Every pair of colours the stylesheets in themes/base/ put text (or a focus outline) on, and how large that
// text is at its smallest. Keep this list in step with the stylesheets: the build checks each pair's
// contrast, so a colour can only be used where it has been checked.
import type { TextKind } from './contrast.js';
import type { ColourToken } from './theme-schema.js';

export interface ColourUse {
  fg: ColourToken;
  bg: ColourToken;
  kind: TextKind;
  /** What uses it, for the error message. */
  what: string;
}

export const COLOUR_USES: readonly ColourUse[] = [
  // Slides (deck.css, slides-print.css): every slide text is at least 24px, but the check treats it as normal
  // text where the same colour is also used on paper at small sizes.
  { fg: 'text', bg: 'background', kind: 'text', what: 'body text on slides' },
  { fg: 'muted', bg: 'background', kind: 'text', what: 'sources and labels on slides' },
  { fg: 'accent', bg: 'background', kind: 'text', what: 'headings and figures on slides' },
  { fg: 'link', bg: 'background', kind: 'text', what: 'links on slides' },
  { fg: 'do', bg: 'background', kind: 'large', what: '"do" headings on slides' },
  { fg: 'dont', bg: 'background', kind: 'large', what: '"don\'t" headings on slides' },
  { fg: 'text', bg: 'accent-soft', kind: 'text', what: 'text in panels (definitions, figures, places to get help, table heads)' },
  { fg: 'muted', bg: 'accent-soft', kind: 'text', what: 'sources in figure panels' },
  { fg: 'accent', bg: 'accent-soft', kind: 'large', what: 'large figures in panels' },
  { fg: 'link', bg: 'accent-soft', kind: 'text', what: 'links in help panels' },
  { fg: 'on-accent', bg: 'accent', kind: 'large', what: 'slide numbers' },
  { fg: 'focus', bg: 'background', kind: 'non-text', what: 'the keyboard focus outline' },
  // Paper (print.css): handouts, lesson plans and presenter scripts, down to the theme's smallest print size.
  { fg: 'text', bg: 'paper', kind: 'text', what: 'body text on paper' },
  { fg: 'muted', bg: 'paper', kind: 'text', what: 'sources, times and page footers on paper' },
  { fg: 'accent', bg: 'paper', kind: 'text', what: 'headings on paper' },
  { fg: 'link', bg: 'paper', kind: 'text', what: 'links on paper' },
  { fg: 'do', bg: 'paper', kind: 'text', what: 'ticks on paper' },
  { fg: 'dont', bg: 'paper', kind: 'text', what: 'crosses on paper' },
];
