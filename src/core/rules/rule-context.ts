import type { TemplatePack } from '../pack/types';
import type { UnitReport } from '../report/unit-report';
import type { FigureReader } from './figures';

/** What a rule runs on: the unit's report, the pack, and the figures as rules see them. */
export interface RuleContext {
  report: UnitReport;
  pack: TemplatePack;
  figures: FigureReader;
}
