// Multi-label scores: micro/macro F1 over themes and exact-set accuracy.

export function multiLabelF1(gold: string[][], pred: string[][], labels: string[]): { micro_f1: number; macro_f1: number; exact_set_accuracy: number } {
  let tpAll = 0;
  let fpAll = 0;
  let fnAll = 0;
  const f1s: number[] = [];
  for (const l of labels) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      const p = pred[i] ?? [];
      if (p.includes(l) && g.includes(l)) tp++;
      else if (p.includes(l)) fp++;
      else if (g.includes(l)) fn++;
    });
    tpAll += tp;
    fpAll += fp;
    fnAll += fn;
    f1s.push(tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));
  }
  const exact = gold.filter((g, i) => {
    const p = pred[i] ?? [];
    return p.length === g.length && g.every((x) => p.includes(x));
  }).length;
  const r = (x: number): number => Math.round(x * 10000) / 10000;
  return { micro_f1: r((2 * tpAll) / (2 * tpAll + fpAll + fnAll || 1)), macro_f1: r(f1s.reduce((a, b) => a + b, 0) / f1s.length), exact_set_accuracy: r(exact / gold.length) };
}
