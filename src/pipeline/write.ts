// Stage 6: put the rendered files in place. Everything is written to a staging folder first and moved
// into out/ only when the whole build has succeeded, so a failed build leaves the last good output as it was.
import fs from 'node:fs';
import path from 'node:path';
import { undoOnInterrupt } from '../interrupt.js';
import type { OutputFile } from '../render/assets.js';

export interface AudienceOutput {
  module: string;
  audience: string;
  /** The language folder of outputs not in English alone ("cy", "cy-en"); English outputs have none. */
  edition?: string;
  files: OutputFile[];
}

/**
 * Where an audience's outputs go, under the output folder: `<module>/<audience>` in English,
 * `<module>/<edition>/<audience>` in another language or two (`sextortion/cy/parents`, `sextortion/cy-en/parents`).
 */
export function audienceFolder(output: { module: string; audience: string; edition?: string }): string[] {
  return output.edition ? [output.module, output.edition, output.audience] : [output.module, output.audience];
}

/** Each staging folder still in use, and how to stop it being removed if the build is interrupted. */
const removedOnInterrupt = new Map<string, () => void>();

/** A staging folder inside outDir (so the final renames stay on one disk), removed if a signal stops the build. */
export function createStaging(outDir: string): string {
  const createdOutDir = fs.mkdirSync(outDir, { recursive: true });
  const staging = fs.mkdtempSync(path.join(outDir, '.staging-'));
  if (createdOutDir) createdFolders.set(staging, createdOutDir);
  removedOnInterrupt.set(staging, undoOnInterrupt(() => removeStaging(staging)));
  return staging;
}

/** The output folders a build made for its staging folder: a build that fails removes them again if empty. */
const createdFolders = new Map<string, string>();

function removeStaging(staging: string): void {
  // Tried again until it is gone: the print worker, a thread of its own, may write a PDF into a folder just
  // emptied, and a removal that found the folder not empty gives up on it. Once it is gone, a PDF written
  // late has no folder to go in.
  for (let attempt = 1; fs.existsSync(staging); attempt++) {
    try {
      fs.rmSync(staging, { recursive: true, force: true });
    } catch (error) {
      if (attempt >= 20) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10); // a moment, for the write to finish
    }
  }
  const created = createdFolders.get(staging);
  if (created) {
    // Only the folders this build created, from the deepest up, and only while empty.
    for (let folder = path.dirname(staging); folder.startsWith(created) && folder.length >= created.length; folder = path.dirname(folder)) {
      try {
        fs.rmdirSync(folder);
      } catch {
        break;
      }
    }
  }
}

function forgetStaging(staging: string): void {
  removedOnInterrupt.get(staging)?.();
  removedOnInterrupt.delete(staging);
  createdFolders.delete(staging);
}

/** Writes one audience's files under the staging folder. */
export function stageAudience(staging: string, output: AudienceOutput): void {
  for (const file of output.files) {
    const target = path.join(staging, ...audienceFolder(output), ...file.path.split('/'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (file.copyFrom) fs.copyFileSync(file.copyFrom, target);
    else fs.writeFileSync(target, file.contents ?? '');
  }
}

/** Writes every file under a new staging folder. */
export function stageOutputs(outDir: string, outputs: AudienceOutput[]): string {
  const staging = createStaging(outDir);
  for (const output of outputs) stageAudience(staging, output);
  return staging;
}

/** The top-level entries (a deck folder, a PDF) of an audience's staged files; "." folders stay behind. */
export function stagedEntries(files: OutputFile[]): string[] {
  return [...new Set(files.map((f) => f.path.split('/')[0]!))].filter((entry) => !entry.startsWith('.'));
}

/**
 * Moves each staged output (a deck folder, a PDF) over the old one. Only what this build made is replaced:
 * building one format leaves the others in place.
 */
export function commitStaged(outDir: string, staging: string, outputs: { module: string; audience: string; edition?: string; entries: string[] }[]): string[] {
  const trash = fs.mkdtempSync(path.join(outDir, '.old-'));
  const written: string[] = [];
  try {
    for (const output of outputs) {
      const stagedAudience = path.join(staging, ...audienceFolder(output));
      const finalAudience = path.join(outDir, ...audienceFolder(output));
      fs.mkdirSync(finalAudience, { recursive: true });
      for (const entry of [...output.entries].sort()) {
        const target = path.join(finalAudience, entry);
        if (fs.existsSync(target)) fs.renameSync(target, path.join(trash, [...audienceFolder(output), entry].join('-')));
        fs.renameSync(path.join(stagedAudience, entry), target);
        written.push(target);
      }
    }
  } finally {
    fs.rmSync(trash, { recursive: true, force: true });
    fs.rmSync(staging, { recursive: true, force: true });
    forgetStaging(staging);
  }
  return written;
}

/** Removes a staging folder left by a failed build. */
export function discardStaged(staging: string): void {
  removeStaging(staging);
  forgetStaging(staging);
}
