// Where the rules are documented. The owner sets the repository URL in
// package.json; until then the docs live in docs/regles.md of this repository.
export const DOCS_URL = 'https://github.com/boomerang-fr/boomerang/blob/main/docs/regles.md';

export function ruleDocUrl(rule: string): string {
  return `${DOCS_URL}#${rule}`;
}
