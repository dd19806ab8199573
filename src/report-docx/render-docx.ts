/**
 * A draft topical report (core/overview/draft-report.ts) → a Word document (.docx), with the `docx`
 * package: the CLI's `annex report` and the pane's download (a lazily loaded chunk) both call this.
 * Typography of Vietnamese official documents (Nghị định 30/2020/NĐ-CP): A4, margins 2 cm top and
 * bottom, 3 cm left, 2 cm right; Times New Roman, body 14 pt; the title block of the federation on
 * the left, the national motto on the right, the date line in italics; tables in 12 pt.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IBorderOptions,
} from 'docx';
import type { DraftReport, ReportTable } from '../core/overview/draft-report';

const FONT = 'Times New Roman';
/** Half-points. */
const BODY = 28;
const TABLE = 24;
const HEADER = 26;
/** Twips: 1 cm = 567. */
const CM = 567;
/** Width of the text on A4 with the margins below. */
const TEXT_WIDTH = 11906 - 3 * CM - 2 * CM;

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const THIN_BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN };

function run(text: string, opts: { bold?: boolean; italics?: boolean; size?: number; underline?: boolean; highlight?: boolean } = {}): TextRun {
  return new TextRun({
    text,
    font: FONT,
    size: opts.size ?? BODY,
    bold: opts.bold,
    italics: opts.italics,
    ...(opts.underline && { underline: {} }),
    ...(opts.highlight && { highlight: 'yellow' }),
  });
}

function centered(text: string, opts: Parameters<typeof run>[1] = {}, after = 0): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after }, children: [run(text, opts)] });
}

/**
 * Left: the superior body and the federation; right: the national motto and the date line. Wider than
 * the text (1 cm into the left margin), so each of the motto's lines holds on one line as in print.
 */
function titleBlock(r: DraftReport): Table {
  const widths = [Math.round(7.2 * CM), TEXT_WIDTH + CM - Math.round(7.2 * CM)];
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({ children, width: { size: width, type: WidthType.DXA }, borders: { top: NONE, bottom: NONE, left: NONE, right: NONE } });
  return new Table({
    width: { size: TEXT_WIDTH + CM, type: WidthType.DXA },
    indent: { size: -CM, type: WidthType.DXA },
    columnWidths: widths,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell([centered(r.header.superior, { size: TABLE }), centered(r.header.issuer, { size: HEADER, bold: true }), centered('———', { size: HEADER }, 120)], widths[0]),
          cell(
            [
              centered(r.header.motto[0], { size: TABLE, bold: true }),
              centered(r.header.motto[1], { size: HEADER, bold: true, underline: true }, 120),
              centered(r.header.dateLine, { size: HEADER, italics: true }),
            ],
            widths[1],
          ),
        ],
      }),
    ],
  });
}

function paragraph(text: string, opts: Parameters<typeof run>[1] = {}): Paragraph {
  return new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: Math.round(1.27 * CM) }, spacing: { before: 60, after: 60, line: 312 }, children: [run(text, opts)] });
}

/** Twips a figure's character takes at 12 pt (digits and dots, with room for wider fonts), and a cell's margins. */
const CHAR_12PT = Math.round(0.28 * CM);
const CELL_MARGINS = 2 * 57 + 20;
/** Below this, the label column is too narrow to read: the table goes down to 10 pt, then 9 pt. */
const MIN_LABEL = Math.round(3.2 * CM);
const SMALL_TABLE = 20;
const SMALLEST_TABLE = 18;

/**
 * The table's own relative widths; else STT and the unit of measure narrow, each figure column as wide
 * as its longest figure, the label the rest — at 12 pt, or 10 or 9 pt when the figures leave the label
 * too little (money in đồng over several years), never wider than the text.
 */
function layout(block: ReportTable): { widths: number[]; size: number } {
  const count = block.header.length;
  if (block.widths && block.widths.length === count) {
    const sum = block.widths.reduce((a, b) => a + b, 0);
    return { widths: block.widths.map((w) => Math.floor((TEXT_WIDTH * w) / sum)), size: TABLE };
  }
  const longest = (i: number) => Math.max(5, ...block.rows.map((r) => r.cells[i]?.length ?? 0));
  const at = (size: number) => {
    const widths = block.header.map((_, i) => (i === 0 ? Math.round(1.2 * CM) : i === 2 ? Math.round(1.7 * CM) : i === 1 ? 0 : Math.round((longest(i) * CHAR_12PT * size) / TABLE) + CELL_MARGINS));
    widths[1] = Math.max(MIN_LABEL, TEXT_WIDTH - widths.reduce((a, b) => a + b, 0));
    return { widths, size };
  };
  const total = (w: number[]) => w.reduce((a, b) => a + b, 0);
  const fit = [TABLE, SMALL_TABLE, SMALLEST_TABLE].map(at).find((l) => total(l.widths) <= TEXT_WIDTH);
  if (fit) return fit;
  // Still wider than the page: the smallest size, every column shrunk alike (long figures wrap).
  const smallest = at(SMALLEST_TABLE);
  const scale = TEXT_WIDTH / total(smallest.widths);
  return { widths: smallest.widths.map((w) => Math.floor(w * scale)), size: SMALLEST_TABLE };
}

function table(block: ReportTable): Array<Paragraph | Table> {
  const { widths, size } = layout(block);
  const cell = (text: string, opts: { bold?: boolean; numeric?: boolean; shade?: boolean }) =>
    new TableCell({
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: 57, right: 57, top: 20, bottom: 20 },
      ...(opts.shade && { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'DDEBF7' } }),
      children: [new Paragraph({ alignment: opts.numeric ? AlignmentType.RIGHT : opts.shade ? AlignmentType.CENTER : AlignmentType.LEFT, children: [run(text, { size, bold: opts.bold })] })],
    });
  const rows = [
    new TableRow({ tableHeader: true, children: block.header.map((h) => cell(h, { bold: true, shade: true })) }),
    ...block.rows.map((row) => new TableRow({ cantSplit: true, children: row.cells.map((c, i) => cell(c, { bold: row.bold, numeric: block.numeric[i] })) })),
  ];
  return [
    new Paragraph({ keepNext: true, spacing: { before: 120, after: 60 }, children: [run(block.caption, { italics: true, size: TABLE })] }),
    new Table({ width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: widths, borders: THIN_BORDERS, rows }),
  ];
}

function blocks(r: DraftReport): Array<Paragraph | Table> {
  return r.blocks.flatMap((b): Array<Paragraph | Table> => {
    switch (b.kind) {
      case 'heading':
        return [new Paragraph({ heading: b.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, spacing: { before: 180, after: 60 }, children: [run(b.text, { bold: true, italics: b.level === 2 })] })];
      case 'paragraph':
        return [paragraph(b.text)];
      case 'placeholder':
        return [paragraph(b.text, { italics: true, highlight: true })];
      case 'table':
        return table(b);
      case 'note':
        return [new Paragraph({ spacing: { before: 40, after: 160 }, children: [run(b.text, { italics: true, size: 22 })] })];
    }
  });
}

function signature(r: DraftReport): Table {
  const left = [new Paragraph({ children: [run(r.signature.recipients, { bold: true, italics: true, size: 24 })] }), ...r.signature.recipientList.map((line) => new Paragraph({ children: [run(line, { size: 22 })] }))];
  const right = [centered(r.signature.title, { bold: true }), centered('', {}, 1200)];
  const half = Math.floor(TEXT_WIDTH / 2);
  const cell = (children: Paragraph[]) => new TableCell({ children, width: { size: half, type: WidthType.DXA }, borders: { top: NONE, bottom: NONE, left: NONE, right: NONE } });
  return new Table({ width: { size: 2 * half, type: WidthType.DXA }, columnWidths: [half, half], borders: NO_BORDERS, rows: [new TableRow({ children: [cell(left), cell(right)] })] });
}

export function reportDocument(r: DraftReport): Document {
  const heading = (id: string, name: string, size: number) => ({ id, name, basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font: FONT, size, bold: true, color: '000000' } });
  return new Document({
    creator: 'annex-tables-excel',
    title: r.title.join(' — '),
    styles: {
      default: { document: { run: { font: FONT, size: BODY } } },
      paragraphStyles: [heading('Heading1', 'Heading 1', BODY), heading('Heading2', 'Heading 2', BODY)],
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2 * CM, bottom: 2 * CM, left: 3 * CM, right: 2 * CM } } },
        children: [
          new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(r.header.draft, { bold: true, size: 24 })] }),
          titleBlock(r),
          new Paragraph({ children: [] }),
          ...r.title.map((line, i) => centered(line, { bold: true, size: i === 0 ? 30 : BODY }, i === r.title.length - 1 ? 240 : 0)),
          ...blocks(r),
          new Paragraph({ children: [] }),
          signature(r),
          new Paragraph({ spacing: { before: 240 }, children: [run(r.signature.notice, { italics: true, size: 20 })] }),
        ],
      },
    ],
  });
}

/** The .docx file's bytes. */
export function renderReportDocx(r: DraftReport): Promise<Uint8Array> {
  return Packer.pack(reportDocument(r), 'uint8array');
}

/** File name of a report: "bao-cao-TC.docx", "bao-cao-toan-bo.docx". */
export function reportFileName(r: Pick<DraftReport, 'id'>): string {
  return `bao-cao-${r.id.replace(/[^A-Za-z0-9_-]/g, '_')}.docx`;
}
