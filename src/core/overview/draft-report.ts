import type { Lang } from '../i18n/format';
import type { ReportMessageKey } from '../i18n/overview-messages';
import type { Department } from '../pack/types';
import type { Overview } from './overview-data';
import type { SummaryView } from './read-summary';
import { Tables, type ReportNote, type ReportRow, type ReportTable } from './report-tables';
import type { Sentence } from './sentences';

/**
 * The draft topical reports, as plain data (headings, paragraphs, tables): plan 56 asks each
 * department for "dự thảo báo cáo đánh giá các nội dung chuyên đề" and the Office for the whole,
 * "có số liệu minh chứng, đối chiếu, so sánh". The title block of the federation, the department's
 * topics as headings, the generated sentences and the tables of its annexes, completeness, and
 * marked places ("[Đánh giá thêm: …]") where the officer writes what only people know. Rendered to
 * Word by src/report-docx; nothing here knows a file format.
 */

export type { ReportNote, ReportRow, ReportTable };

export type ReportBlock =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; text: string }
  /** A place the officer fills in: shown highlighted. */
  | { kind: 'placeholder'; text: string }
  | ReportTable
  /** Where the figures of the table above are in the summary. */
  | ReportNote;

export interface DraftReport {
  /** "toan-bo" for the whole, else the department's id. */
  id: string;
  /** Department name, or the whole. */
  name: string;
  lang: Lang;
  header: { superior: string; issuer: string; motto: [string, string]; dateLine: string; draft: string };
  title: string[];
  blocks: ReportBlock[];
  signature: { recipients: string; recipientList: string[]; title: string; notice: string };
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

class Report {
  readonly blocks: ReportBlock[] = [];
  private part = 0;

  constructor(readonly tables: Tables) {}

  get lang(): Lang {
    return this.tables.lang;
  }

  t(key: ReportMessageKey, params?: Record<string, string | number>): string {
    return this.tables.t(key, params);
  }

  part1(text: string): void {
    this.blocks.push({ kind: 'heading', level: 1, text: `${ROMAN[this.part++] ?? this.part}. ${text.toLocaleUpperCase(this.lang === 'vi' ? 'vi' : 'en')}` });
  }

  sentences(list: readonly Sentence[]): void {
    for (const s of list) this.blocks.push({ kind: 'paragraph', text: s.text });
  }
}

export interface DraftInput {
  view: SummaryView;
  overview: Overview;
  sentences: readonly Sentence[];
  lang: Lang;
  /** The summary's file name, as the reports cite it under each table ("Nguồn: …"). */
  file?: string;
}

/** One report per department, then the whole. */
export function draftReports(input: DraftInput): DraftReport[] {
  const { pack } = input.view;
  return [...pack.departments.map((d) => draftReport(input, d)), draftReport(input, null)];
}

export function draftReport(input: DraftInput, department: Department | null): DraftReport {
  const { view, overview: o, lang } = input;
  const { pack } = view;
  const r = new Report(new Tables(view, lang, input.file));
  const annexes = pack.annexes.filter((a) => o.annexIds.includes(a.id) && (!department || a.department === department.id));
  const annexIds = new Set(annexes.map((a) => a.id));
  const mine = (s: Sentence) => s.annexId !== undefined && annexIds.has(s.annexId);

  r.blocks.push({ kind: 'paragraph', text: r.t('report.basis', { reference: pack.campaign.reference, period: pack.campaign.periodLabel, name: o.unit.name }) });
  r.part1(r.t('report.partCompleteness'));
  r.sentences(input.sentences.filter((s) => s.section === 'completeness'));

  const targets = o.targets.filter((t) => annexIds.has(t.annexId));
  if (targets.length) {
    r.part1(r.t('report.partTargets'));
    r.sentences(input.sentences.filter((s) => s.section === 'targets' && mine(s)));
    r.blocks.push(...r.tables.targets(targets));
    for (const id of new Set(targets.map((t) => t.annexId))) r.blocks.push(...r.tables.compare(o.keys.filter((k) => k.annexId === id)));
    r.blocks.push({ kind: 'placeholder', text: r.t('report.assessTopic', { topic: r.t('report.partTargets') }) });
  }

  const topics = department?.topics ?? [];
  if (topics.length) {
    r.part1(department!.name);
    topics.forEach((topic, i) => {
      r.blocks.push({ kind: 'heading', level: 2, text: `${i + 1}. ${topic}` });
      r.blocks.push({ kind: 'placeholder', text: r.t('report.assessTopic', { topic }) });
    });
  }

  // The targets' annex is told by its table above; every other annex by its own figures.
  const withFigures = annexes.filter((a) => !targets.some((t) => t.annexId === a.id));
  if (withFigures.length) {
    r.part1(r.t('report.partFigures'));
    withFigures.forEach((annex, i) => {
      r.blocks.push({ kind: 'heading', level: 2, text: `${i + 1}. ${annex.label} — ${annex.title}` });
      r.sentences(input.sentences.filter((s) => (s.section === 'keys' || s.section === 'trends') && s.annexId === annex.id));
      r.blocks.push(...r.tables.annex(annex));
      r.blocks.push(...r.tables.compare(o.keys.filter((k) => k.annexId === annex.id)));
      if (!topics.length) r.blocks.push({ kind: 'placeholder', text: r.t('report.assessTopic', { topic: annex.title }) });
    });
  }

  r.part1(r.t('report.partAssessment'));
  r.blocks.push({ kind: 'placeholder', text: r.t('report.writeHere', { what: r.t('report.writeAssessment') }) });
  r.part1(r.t('report.partTasks'));
  r.blocks.push({ kind: 'placeholder', text: r.t('report.writeHere', { what: r.t('report.writeTasks') }) });
  r.part1(r.t('report.partProposals'));
  r.blocks.push({ kind: 'placeholder', text: r.t('report.writeHere', { what: r.t('report.writeProposals') }) });

  // The report is written when the units' reports are in: the year of the deadline.
  const year = pack.campaign.deadline.slice(0, 4);
  const issuerName = o.unit.code === pack.issuer.code ? pack.issuer.name : o.unit.name;
  const place = (o.unit.code === pack.issuer.code ? pack.issuer.place : pack.units.find((u) => u.code === o.unit.code)?.place ?? pack.issuer.place) ?? '…';
  return {
    id: department?.id ?? 'toan-bo',
    name: department?.name ?? r.t('report.whole'),
    lang,
    header: {
      superior: o.unit.code === pack.issuer.code ? r.t('report.unionMotto') : pack.issuer.name.toLocaleUpperCase('vi'),
      issuer: issuerName.toLocaleUpperCase('vi'),
      motto: [r.t('report.motto1'), r.t('report.motto2')],
      dateLine: r.t('report.dateLine', { place, year }),
      draft: r.t('report.draft'),
    },
    title: (department ? r.t('report.titleDepartment', { department: department.name }) : r.t('report.titleWhole', { title: pack.title })).split('\n'),
    blocks: r.blocks,
    signature: {
      recipients: r.t('report.recipients'),
      recipientList: r.t('report.recipientList', { issuer: issuerName }).split('\n'),
      title: r.t('report.signature'),
      notice: r.t('report.notice'),
    },
  };
}
