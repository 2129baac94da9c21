/**
 * The visible text of a document as one string with white space collapsed, and for every
 * character the text node and offset it came from. Describing a quote and finding it again both go
 * through this one index, so white space reflowed by a site redesign cannot tell them apart.
 */
export interface TextIndex {
  readonly text: string;
  readonly nodes: readonly Text[];
  /** For character i of `text`: index into `nodes`, or -1 for a space standing for a block boundary. */
  readonly nodeOf: Int32Array;
  readonly offsetOf: Int32Array;
  readonly firstCharOf: ReadonlyMap<Text, number>;
}

// Numeric DOM constants: the core is handed a Document and uses no globals such as NodeFilter.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'SELECT', 'OPTION']);
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'BR',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

const WHITE_SPACE = /\s/;

export function isWhiteSpace(char: string): boolean {
  return WHITE_SPACE.test(char);
}

/** Collapses runs of white space (including no-break spaces) to one space and trims. */
export function collapseWhiteSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function buildTextIndex(doc: Document): TextIndex {
  const root = doc.body ?? doc.documentElement;
  const nodes: Text[] = [];
  const firstCharOf = new Map<Text, number>();
  const chars: string[] = [];
  let nodeOf = new Int32Array(1024);
  let offsetOf = new Int32Array(1024);
  let pendingSpace = false;

  const push = (char: string, node: number, offset: number) => {
    const i = chars.length;
    if (i === nodeOf.length) {
      nodeOf = grow(nodeOf);
      offsetOf = grow(offsetOf);
    }
    chars.push(char);
    nodeOf[i] = node;
    offsetOf[i] = offset;
  };

  if (root) {
    const walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT, {
      acceptNode: (node) =>
        node.nodeType === ELEMENT_NODE && (SKIPPED.has(node.nodeName.toUpperCase()) || (node as Element).hasAttribute('hidden'))
          ? FILTER_REJECT
          : FILTER_ACCEPT,
    });
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      if (node.nodeType === ELEMENT_NODE) {
        if (BLOCKS.has(node.nodeName.toUpperCase())) pendingSpace = true;
        continue;
      }
      if (node.nodeType !== TEXT_NODE) continue;
      const textNode = node as Text;
      const data = textNode.data;
      const k = nodes.length;
      nodes.push(textNode);
      firstCharOf.set(textNode, chars.length);
      for (let offset = 0; offset < data.length; offset += 1) {
        const char = data.charAt(offset);
        if (isWhiteSpace(char)) {
          pendingSpace = true;
          continue;
        }
        if (pendingSpace && chars.length > 0 && chars[chars.length - 1] !== ' ') push(' ', -1, 0);
        pendingSpace = false;
        push(char, k, offset);
      }
      // A node closing a block is followed by a boundary only when the next text starts a new block.
      if (isClosingBlock(textNode)) pendingSpace = true;
    }
  }
  return { text: chars.join(''), nodes, nodeOf: nodeOf.subarray(0, chars.length), offsetOf: offsetOf.subarray(0, chars.length), firstCharOf };
}

function grow(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** True when nothing but white space follows this text inside its nearest block. */
function isClosingBlock(node: Text): boolean {
  let current: Node = node;
  while (current.nextSibling === null) {
    const parent: Node | null = current.parentNode;
    if (parent === null) return true;
    if (BLOCKS.has(parent.nodeName.toUpperCase())) return true;
    current = parent;
  }
  return false;
}

/** The position in `index.text` of a DOM boundary point: the first indexed character at or after it. */
export function positionOf(index: TextIndex, container: Node, offset: number): number {
  const doc = container.ownerDocument ?? (container as Document);
  const point = doc.createRange();
  point.setStart(container, offset);
  // Text nodes are indexed in document order: find the first one that ends at or after the point.
  let low = 0;
  let high = index.nodes.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const node = index.nodes[mid] as Text;
    if (point.comparePoint(node, node.length) < 0) low = mid + 1;
    else high = mid;
  }
  const node = index.nodes[low];
  if (node === undefined) return index.text.length;
  const rawOffset = node === container ? offset : 0;
  let i = index.firstCharOf.get(node) ?? index.text.length;
  while (i < index.text.length && (index.nodeOf[i] === -1 || (index.nodeOf[i] === low && (index.offsetOf[i] ?? 0) < rawOffset))) i += 1;
  return i;
}
