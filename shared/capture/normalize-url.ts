/** Query parameters that track a visit and say nothing about the page. */
const TRACKING =
  /^(utm_[a-z_]+|fbclid|gclid|gclsrc|dclid|msclkid|yclid|mc_cid|mc_eid|_ga|_gl|_hsenc|_hsmi|igshid|mkt_tok|oly_anon_id|oly_enc_id|ref_src|vero_id|wickedid|s_cid|spm)$/i;

/**
 * The form of an address by which the same source is recognised across partners: no fragment, no
 * tracking parameters, lower-case host, no default port. Null for anything but http(s). A hash
 * route (`#/…`, `#!…`) is kept: single-page sites such as CBS StatLine name their tables that way.
 */
export function normalizeUrl(input: string, base?: string): string | null {
  let url: URL;
  try {
    url = base === undefined ? new URL(input) : new URL(input, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // Each setter re-serialises the address: only what is there is cleared (the index of 50,000
  // clips normalises every source address).
  if (url.hash !== '' && !/^#[/!]/.test(url.hash)) url.hash = '';
  if (url.username !== '') url.username = '';
  if (url.password !== '') url.password = '';
  // Only rewrite the query when there is something to strip: re-serialising changes its encoding.
  // forEach rather than keys(): in a Firefox content script URL is the page's, seen through an Xray
  // wrapper, and the iterator keys() returns there is not iterable (capture.js failed on every page).
  const tracking: string[] = [];
  if (url.search !== '') {
    url.searchParams.forEach((_, key) => {
      if (TRACKING.test(key)) tracking.push(key);
    });
  }
  for (const key of tracking) url.searchParams.delete(key);
  const href = url.href;
  return url.search === '' ? href.replace(/\?$/, '') : href;
}
