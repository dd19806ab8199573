import type { TemplatePack } from '../../../src/core/pack/types';
import { packWorkbook } from '../../../src/core/packbook/export';
import { openWorkbookFile } from '../../../src/xlsx/open-workbook';
import { packFromSource, type PackFileRead } from '../../../src/xlsx/pack-file';
import { writeWorkbook } from '../../../src/xlsx/write';

export function packBookBytes(pack: TemplatePack): Uint8Array {
  return writeWorkbook(packWorkbook(pack));
}

export function compileBytes(bytes: Uint8Array, name = 'pack.xlsx'): PackFileRead {
  const opened = openWorkbookFile({ name, bytes });
  if (!opened.ok) throw new Error(opened.message.en);
  return packFromSource(opened.source);
}

/**
 * Every leaf of `expected` (walked, not listed: a field the exporter forgets fails here) equals the
 * one at the same path in `actual`, and `actual` has no leaf that `expected` lacks.
 */
export function leafDifferences(expected: unknown, actual: unknown, path = ''): string[] {
  if (expected === null || typeof expected !== 'object' || actual === null || typeof actual !== 'object') {
    return Object.is(expected, actual) ? [] : [`${path || '(root)'}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
  }
  if (Array.isArray(expected) !== Array.isArray(actual)) return [`${path}: array vs object`];
  const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  return [...keys].flatMap((k) => leafDifferences((expected as Record<string, unknown>)[k], (actual as Record<string, unknown>)[k], Array.isArray(expected) ? `${path}[${k}]` : `${path}.${k}`));
}
