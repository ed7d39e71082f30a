// The project's config file name, on its own so the command line's help can name it without loading
// the config schema.
export const CONFIG_FILE = 'workshopkit.config.yaml';
