// `npm run articles -- --seeds DIR --out DIR [--strict]`: seeds → article JSON.
import { parseArgs } from 'node:util';
import { loadLibrary } from './load.ts';
import { writeLibrary } from './write.ts';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      seeds: { type: 'string', default: 'seeds' },
      out: { type: 'string', default: '.articles' },
      strict: { type: 'boolean', default: false },
      'no-cache': { type: 'boolean', default: false },
    },
  });
  const { library } = await loadLibrary(values.seeds, {
    ...(values['no-cache'] ? { cacheDir: null } : {}),
  });
  for (const problem of library.problems) console.error(problem);
  await writeLibrary(library, values.out);
  console.log(`${library.articles.length} articles written to ${values.out}`);
  return values.strict && library.problems.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`articles: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
