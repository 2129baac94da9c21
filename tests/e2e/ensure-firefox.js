// Makes sure Debian's Firefox ESR and its Dutch language pack are there for the Firefox end-to-end
// test, installing them on a fresh machine. Test tools never download a browser of their own here.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const FIREFOX = '/usr/bin/firefox-esr';
// Without the language pack Firefox runs in English, and so does the add-on (i18n follows the browser).
const LANGPACKS = '/usr/lib/firefox-esr/browser/extensions';
const hasDutch = () => existsSync(LANGPACKS) && readdirSync(LANGPACKS).some((name) => name.startsWith('langpack-nl@'));

if (!existsSync(FIREFOX) || !hasDutch()) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error('Firefox ESR or its Dutch language pack is missing. Install them with: sudo apt-get install -y firefox-esr firefox-esr-l10n-nl');
    process.exit(1);
  }
  console.log('Installing Debian firefox-esr and firefox-esr-l10n-nl for the end-to-end tests…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'firefox-esr', 'firefox-esr-l10n-nl'], { stdio: 'inherit', env });
}
console.log(execFileSync(FIREFOX, ['--version'], { encoding: 'utf8' }).trim());
