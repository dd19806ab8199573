/**
 * An init script (runs in the page before any of its scripts) that turns Chromium into an approximation of
 * the oldest engines that host ExcelApi 1.8 — EdgeHTML 18 and Safari 13 — by deleting the built-ins they
 * do not have: BigInt, the ES2019–ES2025 library additions, TextDecoder/TextEncoder (EdgeHTML), structured
 * cloning, ResizeObserver, Blob#arrayBuffer … and everything webpack.config.js tells core-js not to
 * polyfill (iterator helpers, the new Set methods …): if the pane needed one of those, it would fail here.
 * window.__stripped lists what was deleted. Syntax is checked separately (acorn, ES2017, over dist/).
 * Kept although those engines lack them: BigInt64Array and BigUint64Array, which Playwright's own
 * page.evaluate needs in the page (the pane does not use them).
 */
export function stripModernBuiltIns(): void {
  const removed: string[] = [];
  const drop = (owner: object | undefined, name: string, label: string) => {
    if (!owner || !(name in owner)) return;
    delete (owner as Record<string, unknown>)[name];
    if (!(name in owner)) removed.push(label);
  };
  const w = window as unknown as Record<string, unknown>;
  for (const name of [
    'BigInt',
    'structuredClone',
    'queueMicrotask',
    'TextDecoder',
    'TextEncoder',
    'ResizeObserver',
    'AggregateError',
    'WeakRef',
    'FinalizationRegistry',
    'requestIdleCallback',
    'cancelIdleCallback',
    'Iterator',
  ]) {
    drop(window, name, name);
  }
  for (const name of ['fromEntries', 'hasOwn', 'groupBy']) drop(Object, name, `Object.${name}`);
  drop(Map, 'groupBy', 'Map.groupBy');
  drop(Array, 'fromAsync', 'Array.fromAsync');
  for (const name of ['flat', 'flatMap', 'at', 'findLast', 'findLastIndex', 'toSorted', 'toReversed', 'toSpliced', 'with']) drop(Array.prototype, name, `Array#${name}`);
  const typedArray = Object.getPrototypeOf(Uint8Array.prototype) as object;
  for (const name of ['at', 'findLast', 'findLastIndex', 'toSorted', 'toReversed', 'with']) drop(typedArray, name, `TypedArray#${name}`);
  for (const name of ['toBase64', 'toHex', 'setFromBase64', 'setFromHex']) drop(Uint8Array.prototype, name, `Uint8Array#${name}`);
  for (const name of ['fromBase64', 'fromHex']) drop(Uint8Array, name, `Uint8Array.${name}`);
  for (const name of ['replaceAll', 'at', 'matchAll', 'trimStart', 'trimEnd', 'isWellFormed', 'toWellFormed']) drop(String.prototype, name, `String#${name}`);
  for (const name of ['allSettled', 'any', 'withResolvers', 'try']) drop(Promise, name, `Promise.${name}`);
  drop(Symbol.prototype, 'description', 'Symbol#description');
  for (const name of ['union', 'intersection', 'difference', 'symmetricDifference', 'isSubsetOf', 'isSupersetOf', 'isDisjointFrom']) drop(Set.prototype, name, `Set#${name}`);
  for (const name of ['getOrInsert', 'getOrInsertComputed']) drop(Map.prototype, name, `Map#${name}`);
  for (const name of ['transfer', 'transferToFixedLength', 'detached']) drop(ArrayBuffer.prototype, name, `ArrayBuffer#${name}`);
  for (const name of ['arrayBuffer', 'text', 'stream', 'bytes']) drop(Blob.prototype, name, `Blob#${name}`);
  drop(Crypto.prototype, 'randomUUID', 'crypto.randomUUID');
  for (const name of ['timeout', 'any']) drop(AbortSignal, name, `AbortSignal.${name}`);
  for (const name of ['ListFormat', 'RelativeTimeFormat', 'Segmenter', 'DisplayNames', 'Locale', 'DurationFormat']) drop(Intl, name, `Intl.${name}`);
  drop(Error, 'captureStackTrace', 'Error.captureStackTrace');
  // Last: the scripts above need globalThis no more.
  drop(window, 'globalThis', 'globalThis');
  w.__stripped = removed;
}
