// Makes sure Debian's Chromium is there for the end-to-end tests, installing it on a fresh machine.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureDebianPackages } from './debian-packages.js';

const CHROMIUM = '/usr/bin/chromium';
// Debian ships Chromium's own Dutch strings separately; without them --lang=nl falls back to English.
const DUTCH = '/usr/lib/chromium/locales/nl.pak';

ensureDebianPackages(['chromium', 'chromium-l10n'], () => existsSync(CHROMIUM) && existsSync(DUTCH));
console.log(execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).trim());
