// Replacing an output folder only once its new content is complete: the build writes into a
// folder beside it, which is swapped in by renames when the build succeeds. A failed or
// interrupted build leaves the previous output as it was (and its half-written folder is
// removed, or replaced by the next build).
import { spawn } from 'node:child_process';
import { rename, rm, stat } from 'node:fs/promises';

const exists = (dir: string): Promise<boolean> =>
  stat(dir).then(
    () => true,
    () => false,
  );

/** Runs `buildInto(partialDir)`, then puts its result at `out`; on failure `out` is untouched. */
export async function buildAtomically(
  out: string,
  buildInto: (dir: string) => Promise<void>,
): Promise<void> {
  const partial = `${out}.partial`;
  const previous = `${out}.previous`;
  await rm(partial, { recursive: true, force: true });
  try {
    await buildInto(partial);
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    throw error;
  }
  await rm(previous, { recursive: true, force: true });
  if (await exists(out)) await rename(out, previous);
  await rename(partial, out);
  removeInBackground(previous);
}

/**
 * Deletes a folder from a detached process, so the build returns without waiting for tens of
 * thousands of old files to be unlinked (about a second per 10,000 articles). If that process
 * is stopped, the next build deletes the folder before it swaps.
 */
function removeInBackground(dir: string): void {
  const script = 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })';
  try {
    spawn(process.execPath, ['-e', script, dir], { detached: true, stdio: 'ignore' }).unref();
  } catch {
    // Not deleted now: the next build removes it first.
  }
}
