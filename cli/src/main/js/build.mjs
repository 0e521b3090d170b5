// Build step run by Maven (generate-resources): installs the pinned libraries with `npm ci` when package-lock.json
// changed since the last install, then bundles them (bundle.mjs) unless the bundles already match this lock file
// and bundler script. Keeping node_modules between builds makes a rebuild cost nothing here.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = resolve(process.argv[2]);
const hash = (...files) => {
    const h = createHash('sha256');
    files.forEach(f => h.update(readFileSync(join(here, f))));
    return h.digest('hex');
};

const lockHash = hash('package-lock.json');
const installStamp = join(here, 'node_modules/.jnewman-lock-sha256');
if (!existsSync(installStamp) || readFileSync(installStamp, 'utf8') !== lockHash) {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    execFileSync(npm, ['ci', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: here, stdio: 'inherit' });
    writeFileSync(installStamp, lockHash);
}

const bundleHash = hash('package-lock.json', 'bundle.mjs', 'shims/node-globals.js', 'shims/timers.js',
    'shims/empty.js', 'shims/chai-proxify.js', 'entries/uuid.js');
const bundleStamp = join(outDir, '.bundle-sha256');
if (existsSync(bundleStamp) && readFileSync(bundleStamp, 'utf8') === bundleHash) {
    console.log('sandbox libraries up to date');
} else {
    mkdirSync(outDir, { recursive: true });
    execFileSync(process.execPath, [join(here, 'bundle.mjs'), outDir], { cwd: here, stdio: 'inherit' });
    writeFileSync(bundleStamp, bundleHash);
}
