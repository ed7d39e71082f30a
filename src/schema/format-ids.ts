// The ids of the output formats a module may name. The formats themselves (src/formats/) sit above the
// schema, since they render; their registry tells the schema their ids as it lists them, so the schema, the
// CLI and the editors' JSON schemas always name exactly the formats there are.
const registered: string[] = [];

export function registerFormatId(id: string): void {
  if (!registered.includes(id)) registered.push(id);
}

export function unregisterFormatId(id: string): void {
  const at = registered.indexOf(id);
  if (at >= 0) registered.splice(at, 1);
}

/** The registered ids, in the registry's order. Empty only when nothing imported src/formats/registry.ts: a bug. */
export function formatIds(): readonly string[] {
  if (!registered.length) throw new Error('no output formats are registered: import src/formats/registry.ts before reading modules');
  return registered;
}
