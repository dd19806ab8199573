import type { DraftReport } from '../../core/overview/draft-report';

/**
 * A draft report → its .docx bytes, in the pane. The Word writer (src/report-docx with the `docx`
 * package, the CLI's own) is a chunk of its own, loaded on the first download: it stays out of the
 * pane's first load and of the merge engine's chunk.
 */

export type DocxWriter = typeof import('../../report-docx/render-docx');

let writer: Promise<DocxWriter> | null = null;

export function loadDocxWriter(): Promise<DocxWriter> {
  writer ??= import(/* webpackChunkName: "docx" */ '../../report-docx/render-docx').catch((error: unknown) => {
    writer = null; // a failed load (network) may be retried
    throw error;
  });
  return writer;
}

export async function renderDraft(report: DraftReport, onStart?: (fileName: string) => void): Promise<{ name: string; bytes: Uint8Array }> {
  const docx = await loadDocxWriter();
  const name = docx.reportFileName(report);
  onStart?.(name);
  return { name, bytes: await docx.renderReportDocx(report) };
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Saves bytes as a file through the browser's download (a link with `download`, then let go). */
export function downloadBytes(name: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: DOCX_TYPE }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
