import { useEffect, useRef, useState } from 'preact/hooks';

export interface SectionEntry {
  /** What the address ends in when this section is chosen: `dashboard.html#plan`. */
  readonly hash: string;
  /** The id of the section's heading (or of the section where it has none), which gets the focus. */
  readonly target: string;
  readonly label: string;
}

export interface SectionNavProps {
  /** The navigation landmark's name, as a screen reader announces it. */
  readonly label: string;
  readonly entries: readonly SectionEntry[];
}

/**
 * The page's contents, kept at the top while scrolling: each entry brings its section's heading to
 * the top and gives it the keyboard focus. The address remembers the chosen section, so a reload or
 * the back button returns there; a section the page has not drawn yet (the plan waits for the
 * analysis) is shown as soon as it is. Test ids: section-nav, section-nav-link (data-section).
 */
export function SectionNav({ label, entries }: SectionNavProps) {
  const [current, setCurrent] = useState<string | undefined>(undefined);
  const nav = useRef<HTMLElement>(null);
  const follow = useRef<() => void>(() => undefined);
  // Read when the address changes, so a new list of entries on a later render does not jump again.
  const known = useRef(entries);
  known.current = entries;
  useEffect(() => {
    let stopWaiting: () => void = () => undefined;
    follow.current = () => {
      stopWaiting();
      const entry = known.current.find((candidate) => candidate.hash === window.location.hash.slice(1));
      setCurrent(entry?.hash);
      if (entry !== undefined) stopWaiting = whenPresent(document, entry.target, showSection);
    };
    const onChange = () => follow.current();
    onChange();
    // Back and forward change only the address's fragment, which fires both.
    window.addEventListener('hashchange', onChange);
    window.addEventListener('popstate', onChange);
    return () => {
      stopWaiting();
      window.removeEventListener('hashchange', onChange);
      window.removeEventListener('popstate', onChange);
    };
  }, []);
  useStickyOffset(nav);

  return (
    <nav class="section-nav" aria-label={label} ref={nav} data-testid="section-nav">
      <ul>
        {entries.map((entry) => (
          <li key={entry.hash}>
            <a
              href={`#${entry.hash}`}
              aria-current={current === entry.hash ? 'location' : undefined}
              // Choosing the section the address already names changes nothing the browser reacts to.
              onClick={() => {
                if (window.location.hash.slice(1) === entry.hash) follow.current();
              }}
              data-testid="section-nav-link"
              data-section={entry.hash}
            >
              {entry.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Brings the heading to the top of the page (below the navigation) and focuses it without a second jump. */
function showSection(heading: HTMLElement) {
  if (heading.getAttribute('tabindex') === null) heading.tabIndex = -1;
  heading.scrollIntoView?.({ block: 'start' });
  heading.focus({ preventScroll: true });
}

/** Calls `then` with the element once the page holds it; returns what stops waiting. */
function whenPresent(doc: Document, id: string, then: (element: HTMLElement) => void): () => void {
  const found = doc.getElementById(id);
  if (found !== null) {
    then(found);
    return () => undefined;
  }
  const observer = new MutationObserver(() => {
    const element = doc.getElementById(id);
    if (element === null) return;
    observer.disconnect();
    then(element);
  });
  observer.observe(doc.body, { childList: true, subtree: true });
  return () => observer.disconnect();
}

/**
 * Tells the stylesheet how tall the navigation is, so a heading brought to the top and an element
 * reached by Tab stop below it instead of under it.
 */
function useStickyOffset(nav: { readonly current: HTMLElement | null }) {
  useEffect(() => {
    const element = nav.current;
    if (element === null || typeof ResizeObserver === 'undefined') return;
    const root = element.ownerDocument.documentElement;
    const observer = new ResizeObserver(() => root.style.setProperty('--section-nav-height', `${element.offsetHeight}px`));
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--section-nav-height');
    };
  }, [nav]);
}
