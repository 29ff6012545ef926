// The layering of ARCHITECTURE.md is enforced by the linter: an import that crosses a layer the
// wrong way fails `npx eslint`, naming the rule.
import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '..') });

async function problems(file: string, imports: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${imports}\nexport const used = [x];\n`, { filePath: file });
  return result!.messages.map((m) => `${m.ruleId}`);
}

describe('the layers, as the linter enforces them', () => {
  it.each([
    ['src/catalog/x.ts', "import { x } from '../search/explorer';"],
    ['src/catalog/x.ts', "import { x } from 'react';"],
    ['src/search/x.ts', "import { x } from '../data/catalog-query';"],
    ['src/search/x.ts', "import { x } from '@tanstack/react-query';"],
    ['src/url/x.ts', "import { x } from '../ui/EntryCard';"],
    ['src/data/x.ts', "import { x } from '../ui/LoadingState';"],
    ['src/ui/x.tsx', "import { x } from '../data/catalog-query';"],
    ['src/ui/x.tsx', "import { x } from '../features/home/HomePage';"],
    ['src/favorites/x.ts', "import { x } from '../data/fetch-json';"],
    ['src/features/explorer/x.tsx', "import { x } from '../home/HomePage';"],
    ['src/features/explorer/x.tsx', "import { x } from '../../features/home/HomePage';"],
    ['src/features/explorer/x.tsx', "import { x } from '../../routes/index';"],
    ['src/features/explorer/x.tsx', "import { x } from '../../app/router';"],
    ['src/data/x.ts', "import { x } from '../main';"],
    ['bench/x.ts', "import { x } from '../src/search/explorer.ts';"],
    ['e2e/x.ts', "import { x } from '../src/catalog/schema';"],
  ])('%s may not say %s', async (file, imports) => {
    expect(await problems(file, imports)).toContain('no-restricted-imports');
  });

  it.each([
    ['src/search/x.ts', "import { x } from '../catalog/kinds';"],
    ['src/data/x.ts', "import { x } from '../search/catalog-search';"],
    ['src/ui/x.tsx', "import { x } from '../favorites/use-favorites';"],
    ['src/features/explorer/x.tsx', "import { x } from './ResultList';"],
    ['src/features/explorer/x.tsx', "import { x } from '../../data/catalog-query';"],
    ['src/routes/x.tsx', "import { x } from '../features/home/HomePage';"],
    ['src/app/x.tsx', "import { x } from '../routeTree.gen';"],
    ['bench/x.ts', "import { x } from '../src/public-api.ts';"],
    ['e2e/x.ts', "import { x } from '../src/public-api';"],
  ])('%s may say %s', async (file, imports) => {
    expect(await problems(file, imports)).not.toContain('no-restricted-imports');
  });
});
