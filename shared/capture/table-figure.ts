import { collapseWhiteSpace } from './text-index.ts';
import { parseFigure } from './parse-figure.ts';

export interface TableFigure {
  readonly value: number;
  readonly unit: string;
  /** Caption, row header and column header of the cell, to offer as the figure's label. */
  readonly labels: readonly string[];
}

/**
 * A number selected in a table cell (a CBS StatLine table, a GGD monitor): its value, and the
 * headers that say what it counts.
 */
export function figureFromSelection(range: Range, selectedText: string, lang?: string): TableFigure | null {
  const cell = closestCell(range.commonAncestorContainer);
  const parsed = parseFigure(selectedText, lang) ?? (cell ? parseFigure(cell.textContent ?? '', lang) : null);
  if (parsed === null) return null;
  if (cell === null) return { ...parsed, labels: [] };
  const table = cell.closest('table');
  const row = cell.parentElement;
  const column = columnIndex(cell);
  const labels = [
    text(table?.querySelector(':scope > caption')),
    text(row === null ? null : rowHeader(row, cell)),
    text(table === null ? null : columnHeader(table, column, row)),
  ].filter((label): label is string => label !== undefined && label !== '');
  return { ...parsed, labels: [...new Set(labels)] };
}

function closestCell(node: Node): HTMLTableCellElement | null {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return (element?.closest('td, th') as HTMLTableCellElement | null) ?? null;
}

function columnIndex(cell: HTMLTableCellElement): number {
  let index = 0;
  for (let sibling = cell.previousElementSibling; sibling !== null; sibling = sibling.previousElementSibling)
    index += (sibling as HTMLTableCellElement).colSpan || 1;
  return index;
}

function rowHeader(row: Element, cell: Element): Element | null {
  const header = row.querySelector(':scope > th');
  if (header !== null && header !== cell) return header;
  const first = row.firstElementChild;
  return first !== null && first !== cell ? first : null;
}

/** The cell above in the header rows (thead, or the first row when it holds only th). */
function columnHeader(table: Element, column: number, ownRow: Element | null): Element | null {
  const rows = [...table.querySelectorAll(':scope > thead > tr, :scope > tbody > tr, :scope > tr')];
  const headerRows = rows.filter((r) => r !== ownRow && (r.parentElement?.tagName === 'THEAD' || [...r.children].every((c) => c.tagName === 'TH')));
  for (const headerRow of headerRows.reverse()) {
    let index = 0;
    for (const candidate of headerRow.children) {
      const span = (candidate as HTMLTableCellElement).colSpan || 1;
      if (column >= index && column < index + span) return candidate;
      index += span;
    }
  }
  return null;
}

function text(element: Element | null | undefined): string | undefined {
  return element ? collapseWhiteSpace(element.textContent ?? '') : undefined;
}
