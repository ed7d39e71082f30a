// The nations whose terms (safeguarding role names) a build can use: a list of its own, so the command
// line can name them without loading the module schema.
export const NATIONS = ['england', 'wales', 'scotland', 'northern-ireland'] as const;
export type Nation = (typeof NATIONS)[number];
