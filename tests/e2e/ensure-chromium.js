// Makes sure Debian's Chromium is there for the end-to-end tests, installing it on a fresh machine.
// Test tools never download a browser of their own here.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';
// Debian ships Chromium's own Dutch strings separately; without them --lang=nl falls back to English.
const DUTCH = '/usr/lib/chromium/locales/nl.pak';

if (!existsSync(CHROMIUM) || !existsSync(DUTCH)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error('Chromium or its Dutch locale is missing. Install them with: sudo apt-get install -y chromium chromium-l10n');
    process.exit(1);
  }
  console.log('Installing Debian chromium and chromium-l10n for the end-to-end tests…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'chromium-l10n'], { stdio: 'inherit', env });
}
console.log(execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).trim());
