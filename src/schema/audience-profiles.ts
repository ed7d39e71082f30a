// Every audience a module may declare, in one place: who they are, their ages, and the blocks every
// output for them must contain. Templates never decide these things.

export interface AudienceProfile {
  id: string;
  label: string;
  who: string;
  /** Pupils see only services meant for their age; adults see all, labelled by age. */
  kind: 'adult' | 'pupil';
  ages: { min: number; max?: number };
  /** A "starting shortly" slide first (webinars). */
  holdingFirst: boolean;
  /** PSHE ground rules near the start (lessons). */
  groundRules: boolean;
  /** The staff do/don't list is required (anyone who works with under-18s). */
  staffDuties: boolean;
  /** Given from a script (webinars, staff briefings): every spoken slide needs speaker notes. */
  speakerNotes: boolean;
}

const profiles: AudienceProfile[] = [
  {
    id: 'parents',
    label: 'Parents and carers',
    who: 'Parents, carers and family members of children and young people.',
    kind: 'adult',
    ages: { min: 18 },
    holdingFirst: false,
    groundRules: false,
    staffDuties: false,
    speakerNotes: false,
  },
  {
    id: 'professionals',
    label: 'Staff briefing',
    who: 'Teachers, designated safeguarding leads, youth workers and others who work with under-18s.',
    kind: 'adult',
    ages: { min: 18 },
    holdingFirst: false,
    groundRules: false,
    staffDuties: true,
    speakerNotes: true,
  },
  {
    id: 'webinar',
    label: 'Webinar for parents and professionals',
    who: 'Parents, carers and professionals joining a police-led webinar.',
    kind: 'adult',
    ages: { min: 18 },
    holdingFirst: true,
    groundRules: false,
    staffDuties: true,
    speakerNotes: true,
  },
  {
    id: 'pupils-14-18',
    label: 'PSHE lesson (ages 14 to 18)',
    who: 'Secondary pupils in years 10 to 13.',
    kind: 'pupil',
    ages: { min: 14, max: 18 },
    holdingFirst: false,
    groundRules: true,
    staffDuties: false,
    speakerNotes: false,
  },
  {
    id: 'pupils-11-13',
    label: 'PSHE lesson (ages 11 to 13)',
    who: 'Younger secondary pupils in years 7 and 8.',
    kind: 'pupil',
    ages: { min: 11, max: 13 },
    holdingFirst: false,
    groundRules: true,
    staffDuties: false,
    speakerNotes: false,
  },
];

export const AUDIENCE_PROFILES: ReadonlyMap<string, AudienceProfile> = new Map(profiles.map((p) => [p.id, p]));
export const AUDIENCE_IDS = profiles.map((p) => p.id);

/** The PSHE ground rules added to a lesson that does not bring its own (a block with id "ground-rules"). */
export const DEFAULT_GROUND_RULES = [
  'We listen to each other and let people finish.',
  'We talk about what is said, not who said it.',
  'No one has to share anything personal, and anyone can pass.',
  'We do not use names or details that could identify anyone, including ourselves.',
  'We use the correct words for body parts.',
  'Questions can go in the anonymous question box.',
  'If something worries you, talk to a trusted adult after the lesson.',
];

/** The webinar holding slide used when a module does not bring its own. */
export const DEFAULT_HOLDING = {
  title: 'Welcome: we will be starting shortly',
  items: [
    'Your camera and microphone are off to keep the stream running smoothly.',
    'Please put any questions in the chat.',
  ],
};

/** The safeguarding role's name by nation, when a module does not define the variable "safeguarding-lead". */
export const SAFEGUARDING_LEAD_BY_NATION: Record<string, string> = {
  england: 'designated safeguarding lead (DSL)',
  wales: 'designated safeguarding person (DSP)',
  scotland: 'child protection coordinator',
  'northern-ireland': 'designated teacher for child protection',
};
