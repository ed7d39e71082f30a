// What an SVG logo may not carry. Outputs and the preview serve the logo as a file, and an SVG opened on its
// own is a document that can run script: so a logo with script, event handlers, embedded HTML or references
// to other files is refused, at the brand file's logo line. Refused rather than cleaned: a cleaned logo could
// silently lose parts of an organisation's mark, and an exported logo never needs any of these.
import { Parser } from 'htmlparser2';

/** Elements that run script, embed other documents or HTML, or react to events (SVG Tiny's handler/listener). */
const FORBIDDEN_ELEMENTS = new Set(['script', 'foreignobject', 'iframe', 'embed', 'object', 'handler', 'listener', 'audio', 'video']);

/** Attributes that name another resource; only a fragment (#id) or embedded image data may follow. */
const REFERENCE_ATTRIBUTES = new Set(['href', 'src']);
const ALLOWED_REFERENCE = /^\s*(#|data:image\/(png|jpeg|gif|webp);)/i;

/** url(...) in CSS pointing anywhere but a fragment or embedded data, or an @import. */
const CSS_REFERENCE = /@import|url\(\s*["']?\s*(?!#|data:)/i;

const localName = (name: string) => name.toLowerCase().replace(/^.*:/, '');

export type SvgProblem =
  /** Something that can run script or embed a document, in words. */
  | { kind: 'active'; what: string }
  /** A reference to another file (which also breaks the offline outputs). */
  | { kind: 'external'; reference: string };

/** The first thing in the SVG that makes it unsafe to publish; undefined when it is safe. */
export function unsafeSvgContent(svg: string): SvgProblem | undefined {
  let problem: SvgProblem | undefined;
  const found = (what: string) => void (problem ??= { kind: 'active', what });
  let inStyle = false;
  if (/<!ENTITY/i.test(svg)) found('an entity declaration (<!ENTITY>)');
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const element = localName(name);
        if (FORBIDDEN_ELEMENTS.has(element)) found(element === 'foreignobject' ? 'a <foreignObject> (HTML inside the SVG)' : `a <${element}> element`);
        inStyle = element === 'style';
        for (const [attribute, value] of Object.entries(attributes)) {
          const attr = localName(attribute);
          if (attr.startsWith('on')) found(`an event handler (${attribute}="…")`);
          else if (REFERENCE_ATTRIBUTES.has(attr) && !ALLOWED_REFERENCE.test(value)) {
            if (/^\s*(javascript|vbscript|data):/i.test(value)) found(`a link that runs script (${attribute}="${value.trim().slice(0, 40)}")`);
            else problem ??= { kind: 'external', reference: value.trim() };
          }
          else if (attr === 'style' && CSS_REFERENCE.test(value)) found('a style that loads another file');
        }
      },
      ontext(text) {
        if (inStyle && CSS_REFERENCE.test(text)) found('a stylesheet that loads another file');
      },
      onclosetag() {
        inStyle = false;
      },
      onprocessinginstruction(name, data) {
        if (/^\?xml-stylesheet/i.test(data)) found('an <?xml-stylesheet?> instruction');
      },
    },
    // XML rules: case kept, self-closing tags honoured, CDATA read as text; entities decoded, so
    // "java&#115;cript:" is seen as what a browser would see.
    { xmlMode: true, decodeEntities: true, recognizeCDATA: true },
  );
  parser.write(svg);
  parser.end();
  return problem;
}
