// `npm run build [-- --outDir DIR]`: the production build (Vite, with the articles plugin and
// the prerender step) written beside the output folder and swapped in only when it succeeded,
// so a failed build never leaves a half-written `dist/`.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build, type LogLevel } from 'vite';
import { buildAtomically } from '../src/build/atomic.ts';

const { values } = parseArgs({
  options: {
    outDir: { type: 'string', default: 'dist' },
    logLevel: { type: 'string' },
  },
});
const out = path.resolve(values.outDir);

// For `npm run bench`: the build's peak memory (resident set), written where asked.
const reportPeak = (): void => {
  const file = process.env.BACA_PEAK_FILE;
  if (file !== undefined) writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
};

try {
  await buildAtomically(out, async (dir) => {
    await build({
      build: { outDir: dir, emptyOutDir: true },
      ...(values.logLevel !== undefined ? { logLevel: values.logLevel as LogLevel } : {}),
    });
  });
  reportPeak();
} catch (error) {
  console.error(
    `build failed, ${path.relative(process.cwd(), out) || out} left as it was: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
