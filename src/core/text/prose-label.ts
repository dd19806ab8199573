/**
 * A row's label as a sentence or a chart names it: without the trailing formula hint that finance
 * forms print beside a total ("Tổng thu (7.10 = 22 + 23 + …)"), which belongs in the table, not in
 * "Tổng thu (7.10 = 22 + …): tổng 171.777.543.000 đồng".
 */
export function proseLabel(label: string): string {
  // Only "(code = …)": a hint like "(= mã 1)" tells which row a repeated target is, and stays.
  const plain = label.replace(/\s*\(\s*[0-9A-Za-z.]+\s*=[^()]*\)\s*$/, '').trim();
  return plain || label;
}
