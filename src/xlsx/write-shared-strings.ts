/** xl/sharedStrings.xml: every text cell goes through the table (the most widely read form). */
import { encodeOoxmlEscapes, escapeXmlText, needsSpacePreserve, stripIllegalXmlChars } from './xml-text';

export class SharedStrings {
  private readonly index = new Map<string, number>();
  private references = 0;

  /** Index of the text, after dropping characters XML cannot carry (so equal texts share a slot). */
  add(text: string): number {
    const clean = stripIllegalXmlChars(text);
    this.references++;
    let i = this.index.get(clean);
    if (i === undefined) {
      i = this.index.size;
      this.index.set(clean, i);
    }
    return i;
  }

  toXml(): string {
    const items = [...this.index.keys()].map((t) => {
      const space = needsSpacePreserve(t) ? ' xml:space="preserve"' : '';
      return `<si><t${space}>${escapeXmlText(encodeOoxmlEscapes(t))}</t></si>`;
    });
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.references}" uniqueCount="${this.index.size}">` +
      items.join('') +
      '</sst>'
    );
  }
}
