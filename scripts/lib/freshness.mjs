// Rebuild only when a source file is newer than the build, so a second `npm start` is quick.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The newest modification time under `dir` (node_modules and dot-folders left out). */
export function newest(dir) {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const p = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const mtime = (p) => { try { return statSync(p).mtimeMs; } catch { return 0; } };

export function needsBuild(root) {
  const built = Math.min(
    mtime(join(root, 'dist/apps/api/apps/api/src/main.js')),
    mtime(join(root, 'dist/apps/worker/apps/worker/src/main.js')),
    mtime(join(root, 'dist/web/index.html')),
  );
  const sources = Math.max(...['apps', 'libs'].map((d) => newest(join(root, d))), mtime(join(root, 'package-lock.json')));
  return built === 0 || sources > built;
}

export function needsInstall(root) {
  return mtime(join(root, 'node_modules/.package-lock.json')) < mtime(join(root, 'package-lock.json'));
}
