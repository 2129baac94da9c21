// Makes sure Debian's Firefox ESR and its Dutch language pack are there for the Firefox end-to-end
// test, installing them on a fresh machine.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { ensureDebianPackages } from './debian-packages.js';

const FIREFOX = '/usr/bin/firefox-esr';
// Without the language pack Firefox runs in English, and so does the add-on (i18n follows the browser).
const LANGPACKS = '/usr/lib/firefox-esr/browser/extensions';
const hasDutch = () => existsSync(LANGPACKS) && readdirSync(LANGPACKS).some((name) => name.startsWith('langpack-nl@'));

ensureDebianPackages(['firefox-esr', 'firefox-esr-l10n-nl'], () => existsSync(FIREFOX) && hasDutch());
console.log(execFileSync(FIREFOX, ['--version'], { encoding: 'utf8' }).trim());
