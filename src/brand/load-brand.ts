// Reads a brand file and its logo, and checks them as a module is checked: every problem at its line and
// column. The logo is sized here so the templates can scale it without ever letting it overflow.
import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import type { Finding } from '../errors/finding.js';
import { displayPath } from '../source/paths.js';
import type { YamlSource } from '../source/source-text.js';
import { readYamlFile } from '../source/yaml-file.js';
import { brandSchema } from './brand-schema.js';
import { CODE } from '../errors/catalogue.js';
import { unsafeSvgContent } from './svg-safety.js';

export interface Logo {
  /** Absolute path of the file, to copy beside the outputs. */
  from: string;
  ext: 'svg' | 'png';
  alt: string;
  /** Intrinsic size, or the SVG's viewBox: the ratio the templates keep when they scale it. */
  width: number;
  height: number;
}

export interface Brand {
  name: string;
  file: YamlSource;
  colours: { primary?: string; secondary?: string; link?: string };
  logo?: Logo;
  contact: string[];
  presenters: { name: string; role?: string }[];
}

/** A logo much larger than this is copied into every output; it still works, but it is worth knowing. */
const LARGE_LOGO_BYTES = 1024 * 1024;

const DOCS = 'A brand file takes name, logo (file and alt), colours (primary, secondary, link), contact and presenters: see the README, "Themes and branding".';

/** The logo's intrinsic size (an SVG's from its viewBox or width and height), or undefined when unreadable. */
function sizeOf(bytes: Buffer, type: 'svg' | 'png'): { width: number; height: number } | undefined {
  try {
    const size = imageSize(bytes);
    return size.type === type && size.width && size.height ? { width: size.width, height: size.height } : undefined;
  } catch {
    return undefined;
  }
}

function readLogo(brand: YamlSource, brandDir: string, file: string, alt: string, cwd: string): { logo?: Logo; findings: Finding[] } {
  const at = (severity: 'error' | 'warning', message: string, hint: string) =>
    ({ findings: [brand.findingAt(['logo', 'file'], severity, CODE.brandLogo, message, hint)] });
  if (path.isAbsolute(file)) return at('error', `the logo's path "${file}" is absolute`, 'Give it relative to the brand file, like "logo.svg", so the brand folder can move.');
  const from = path.resolve(brandDir, file);
  if (!fs.existsSync(from) || !fs.statSync(from).isFile()) {
    return at('error', `the logo "${file}" does not exist (looked for ${displayPath(from, cwd)})`, 'The path is relative to the brand file. Check the spelling, or copy the logo next to the brand file.');
  }
  const bytes = fs.readFileSync(from);
  const ext = path.extname(from).slice(1).toLowerCase() as 'svg' | 'png';
  let size: { width: number; height: number } | undefined;
  if (ext === 'png') {
    size = sizeOf(bytes, 'png');
    if (!size) return at('error', `the logo "${file}" is not a PNG image`, 'Export the logo as PNG or SVG again; the file may be another format renamed.');
  } else {
    const svg = bytes.toString('utf8');
    if (!/<svg\b/i.test(svg)) return at('error', `the logo "${file}" is not an SVG image`, 'Export the logo as SVG or PNG again; the file may be another format renamed.');
    size = sizeOf(bytes, 'svg');
    if (!size) return at('error', `the logo "${file}" has no viewBox or size, so it cannot be scaled to fit`, 'Add a viewBox to its <svg> element, like viewBox="0 0 400 120", or export it again.');
    const unsafe = unsafeSvgContent(svg);
    if (unsafe?.kind === 'external') {
      return at('error', `the logo "${file}" refers to another file (${unsafe.reference}), which will not be shown`, 'Outputs work offline and load nothing else: embed the image or font in the SVG, or export the logo as PNG.');
    }
    if (unsafe) {
      return at('error', `the logo "${file}" contains ${unsafe.what}, which could run script or load other files wherever the logo is opened`,
        'A logo needs only shapes, text and embedded images: export it again as plain SVG (Inkscape\'s "Plain SVG", or through SVGO), or as PNG.');
    }
  }
  if (!size.width || !size.height) return at('error', `the logo "${file}" has no size`, 'Export the logo again.');
  const findings: Finding[] = [];
  if (bytes.length > LARGE_LOGO_BYTES) {
    findings.push(...at('warning', `the logo "${file}" is ${(bytes.length / 1024 / 1024).toFixed(1)} MB and is copied into every output`,
      'A logo shown at most a few centimetres wide needs far less: export it smaller, or as SVG.').findings);
  }
  return { logo: { from, ext, alt, width: size.width, height: size.height }, findings };
}

/** Reads a brand file: the brand, or the findings that stop the build (warnings come with a brand too). */
export function loadBrand(file: string, cwd = process.cwd()): { brand?: Brand; findings: Finding[] } {
  const parsed = readYamlFile(file, brandSchema, DOCS, cwd);
  const findings = parsed.findings.map((f) =>
    /^logo needs "alt"$/.test(f.message)
      ? { ...f, message: 'the logo needs alt text', hint: 'Say in a few words what the logo shows, usually the organisation\'s name: alt: "Example Police".' }
      : f,
  );
  const data = parsed.data;
  if (!data) return { findings };
  const { logo, findings: logoFindings } = data.logo
    ? readLogo(parsed.source, path.dirname(path.resolve(file)), data.logo.file, data.logo.alt, cwd)
    : { logo: undefined, findings: [] };
  findings.push(...logoFindings);
  if (findings.some((f) => f.severity === 'error')) return { findings };
  return {
    brand: {
      name: data.name,
      file: parsed.source,
      colours: data.colours ?? {},
      ...(logo ? { logo } : {}),
      contact: data.contact ?? [],
      presenters: (data.presenters ?? []).map((p) => (typeof p === 'string' ? { name: p } : p)),
    },
    findings,
  };
}
