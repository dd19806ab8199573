/**
 * Sizes of what travels between the pane and Excel: Office.js sends each batch as JSON, and Excel on
 * the web refuses a request or a response over 5 MB ("Resource limits and performance optimization
 * for Office Add-ins", Excel add-ins). Pure.
 */

/** UTF-8 bytes of a string (Vietnamese letters take two or three). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes of a value as JSON, UTF-8. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? '');
}
