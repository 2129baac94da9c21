// Installs the Debian packages the end-to-end tests need when they are missing (as root, through
// apt-get), or says how to. Test tools never download a browser of their own here.
import { execFileSync } from 'node:child_process';

/** @param {readonly string[]} packages @param {() => boolean} present */
export function ensureDebianPackages(packages, present) {
  if (present()) return;
  const list = packages.join(' ');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(`The end-to-end tests need Debian's ${packages.join(', ')}. Install them with: sudo apt-get install -y ${list}`);
    process.exit(1);
  }
  console.log(`Installing Debian ${packages.join(', ')} for the end-to-end tests…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
}
