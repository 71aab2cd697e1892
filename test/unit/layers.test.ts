// The layers are enforced by ESLint: `npm run lint` fails on an import that crosses them.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The no-restricted-imports messages for `code` linted as if it were the file at `filePath`. */
async function crossings(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

describe('layers', () => {
  it('refuses a feature importing another feature', async () => {
    const found = await crossings(
      "import { deriveLibraryData } from '../library/library-data.ts';\nexport const d = deriveLibraryData;\n",
      'src/features/reader/reader-data.ts',
    );
    expect(found).toEqual([expect.stringMatching(/A feature never imports another feature/u)]);
  });

  it('refuses the build or a shared module importing a feature', async () => {
    for (const filePath of ['src/build/library.ts', 'src/data/source.ts', 'src/lib/storage.ts']) {
      const found = await crossings(
        "import { selectArticles } from '../features/library/library-view.ts';\nexport const s = selectArticles;\n",
        filePath,
      );
      expect(found, filePath).toHaveLength(1);
    }
  });

  it('allows a feature to use shared modules and its own files', async () => {
    const found = await crossings(
      "import { speakerStats } from '../../data/speaker-stats.ts';\nimport { paths } from '../../config/paths.ts';\nimport { loadReaderData } from './reader-data.ts';\nexport const all = [speakerStats, paths, loadReaderData];\n",
      'src/features/reader/reader-route.tsx',
    );
    expect(found).toEqual([]);
  });
});
