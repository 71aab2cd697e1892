// `npm run test:scale`: the library at 10,000 articles, end to end. Generates the seeds from
// the project's own fixtures (and adds its HTML pages), builds them with SEEDS_DIR into a folder outside the repository
// (so ESLint, Prettier and Tailwind never scan it), and runs the scale browser tests on it.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// `npm run test:scale -- 100000` runs the same checks on a larger library.
const COUNT = process.argv[2] ?? process.env.SCALE_COUNT ?? '10000';
const root = mkdtempSync(path.join(os.tmpdir(), 'baca-scale-'));
const seeds = path.join(root, 'seeds');
const dist = path.join(root, 'dist');
const bin = (name: string): string => path.resolve('node_modules/.bin', name);
const run = (command: string, args: string[], env: Record<string, string> = {}): void => {
  execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
};

try {
  console.log(`scale: generating ${COUNT} articles in ${seeds}`);
  run(bin('tsx'), ['scripts/generate-library.ts', '--count', COUNT, '--out', seeds]);
  // Saved web pages among the text seeds: the production build reads both.
  for (const name of readdirSync('test/fixtures-html')) {
    copyFileSync(
      path.join('test/fixtures-html', name, 'page.html'),
      path.join(seeds, `page-${name}.html`),
    );
  }
  const started = performance.now();
  run(bin('tsx'), ['scripts/build.ts', '--outDir', dist, '--logLevel', 'warn'], {
    SEEDS_DIR: seeds,
  });
  console.log(
    `scale: built ${COUNT} articles in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  run(
    bin('playwright'),
    ['test', 'test/e2e/library-scale.spec.ts', 'test/e2e/library-navigation.spec.ts'],
    {
      LIBRARY_10K: '1',
      DIST_DIR: dist,
      PW_PORT: '4177',
    },
  );
} finally {
  rmSync(root, { recursive: true, force: true });
}
