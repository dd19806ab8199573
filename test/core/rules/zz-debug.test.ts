import { figures, pack, source, validate } from './helpers';
test('debug', () => {
  const out: string[] = [];
  for (const unit of [pack.issuer.code, ...pack.units.map((u) => u.code)]) {
    const { findings } = validate(source(figures(unit), unit));
    for (const f of findings.filter((x) => !(x.kind === 'target' && x.severity === 'info'))) out.push(`${unit} ${f.ruleId ?? f.kind} ${f.severity} ${f.sheetName}!${f.address} ${f.message.vi.slice(0, 160)}`);
  }
  console.log(out.join('\n'));
});
