// The shape of an audience as the pipeline uses it. The audiences themselves are data: one file each in
// audiences/<id>.yaml (read by src/audiences/load-audiences.ts), with the holding slide and ground rules
// every audience shares in audiences/_defaults.yaml.
import { loadAudiences } from '../audiences/load-audiences.js';
import type { BlockType, Format, Nation } from './module-schema.js';
import { PROJECT_ROOT } from '../project-root.js';

export interface AudienceProfile {
  id: string;
  label: string;
  who: string;
  /** Pupils see only services meant for their age; adults see all, labelled by age. */
  kind: 'adult' | 'pupil';
  ages: { min: number; max?: number };
  /** The school years, as each nation names them (pupil audiences). */
  yearGroups: Partial<Record<Nation, string>>;
  /** A "starting shortly" slide first (webinars). */
  holdingFirst: boolean;
  /** PSHE ground rules near the start (lessons). */
  groundRules: boolean;
  /** The staff do/don't list is required (anyone who works with under-18s). */
  staffDuties: boolean;
  /** Given from a script (webinars, staff briefings): every spoken slide needs speaker notes. */
  speakerNotes: boolean;
  /** The formats a new module gives this audience. */
  defaultFormats: Format[];
  /** Printed outputs: no text smaller than minTextSize (e.g. "14pt", large print). */
  print: { minTextSize?: string };
  /** Block types every output for this audience must contain (always signposting). */
  requires: BlockType[];
}

/** The audiences workshopkit ships, for code that has no project to read them from. */
const shipped = loadAudiences(PROJECT_ROOT);
if (shipped.findings.length) throw new Error(`workshopkit: the shipped audience files have problems: ${shipped.findings.map((f) => `${f.file}:${f.line}:${f.col} ${f.message}`).join('; ')}`);
export const AUDIENCE_PROFILES: ReadonlyMap<string, AudienceProfile> = shipped.profiles;
export const AUDIENCE_IDS = shipped.ids;
export const DEFAULT_GROUND_RULES = shipped.defaults['ground-rules'].items;
export const DEFAULT_HOLDING = shipped.defaults.holding;

