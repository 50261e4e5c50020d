// The file name a user reads for a document: the last segment of `Uri.path`,
// which VS Code has already decoded (`100%.reponse.md` stays as it is; decoding
// it again threw on `%` and turned `a%41` into `aA`). No `vscode` import.

export function fileNameOfPath(path: string, fallback: string): string {
  const i = path.lastIndexOf('/');
  const name = path.slice(i + 1);
  return name === '' ? fallback : name;
}
