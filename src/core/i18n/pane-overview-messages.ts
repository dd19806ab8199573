import type { Catalogue } from './format';

/**
 * The pane's overview after a merge (Tổng hợp tab) and a unit's own targets after a check (Kiểm tra
 * tab): a few lines of what "Tổng quan" shows, the buttons to the sheet and to the draft reports.
 */
export const paneOverviewMessages = {
  'paneOverview.title': { vi: 'Tổng quan', en: 'At a glance' },
  'paneOverview.reported': { vi: '{reported}/{expected} đơn vị đã gửi báo cáo.', en: '{reported} of {expected} units reported.' },
  'paneOverview.missing': { vi: 'Chưa nộp ({count}):', en: 'Not reported ({count}):' },
  'paneOverview.late': { vi: 'Nộp muộn ({count}):', en: 'Late ({count}):' },
  'paneOverview.unitHint': {
    vi: 'Bấm vào tên đơn vị để chọn dòng của đơn vị đó trong trang "{sheet}".',
    en: 'Click a unit\'s name to select its line on the "{sheet}" sheet.',
  },
  'paneOverview.selectUnit': { vi: 'Chọn dòng của {name} trong trang "{sheet}"', en: 'Select the line of {name} on the "{sheet}" sheet' },
  'paneOverview.targets': { vi: 'Chỉ tiêu Nghị quyết', en: 'Congress targets' },
  'paneOverview.percent': { vi: '{percent} % chỉ tiêu', en: '{percent} % of the target' },
  'paneOverview.noPercent': { vi: 'chưa tính được % chỉ tiêu', en: 'no % of the target yet' },
  'paneOverview.noStatus': { vi: 'chưa đánh giá được', en: 'not assessed' },
  'paneOverview.noTargets': { vi: 'Bộ mẫu không có chỉ tiêu Nghị quyết để theo dõi.', en: 'The pack sets no congress target to follow.' },
  'paneOverview.noReporting': { vi: 'Bản tổng hợp không ghi tình hình nộp của các đơn vị.', en: 'The summary does not say which units reported.' },
  'paneOverview.nothing': {
    vi: 'Không có gì để tóm tắt: bộ mẫu không có chỉ tiêu Nghị quyết và bản tổng hợp không ghi tình hình nộp.',
    en: 'Nothing to show: the pack sets no congress target and the summary does not say who reported.',
  },
  'paneOverview.openSheet': { vi: 'Mở trang "{sheet}"', en: 'Open the "{sheet}" sheet' },
  'paneOverview.reports': { vi: 'Tải dự thảo báo cáo (.docx)', en: 'Download draft reports (.docx)' },
  'paneOverview.reportsHint': {
    vi: 'Mỗi ban một dự thảo báo cáo chuyên đề (Word), soạn từ số liệu vừa tổng hợp; cán bộ phụ trách bổ sung những chỗ đánh dấu.',
    en: 'One draft topical report (Word) per department, written from the figures just merged; the officer fills in the marked places.',
  },
  'paneOverview.reportBuilding': { vi: 'Đang soạn {file}…', en: 'Writing {file}…' },
  'paneOverview.reportSaved': { vi: 'Đã tải xuống {file}.', en: 'Downloaded {file}.' },
  'paneOverview.reportFailed': { vi: 'Không soạn được dự thảo báo cáo: {reason}', en: 'The draft report could not be written: {reason}' },
  'paneOverview.showFailed': { vi: 'Không chọn được ô trong Excel: {reason}', en: 'Excel could not select the cell: {reason}' },
  'glance.title': { vi: 'Chỉ tiêu của đơn vị', en: 'The unit\'s targets' },
} as const satisfies Catalogue;

export type PaneOverviewMessageKey = keyof typeof paneOverviewMessages;
