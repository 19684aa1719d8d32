// Leave-domains-out experiment (not part of `npm run train`): train on zh-train minus some product
// domains, score on the zh-dev items of those domains (a cross-domain proxy) and on the rest of
// zh-dev. No test file is read. Used to compare Chinese regularisation / feature variants:
//   npx tsx scripts/lib/leave-domains-out.ts 水果,蒙牛,酒店 '[["base",{}],["l2=20",{"ftrl":{"l2":20}}]]'
import { decodeModel } from '../../src/domain/text/sentiment/model-file.ts';
import { setSentimentModel } from '../../src/domain/text/sentiment/model-store.ts';
import { readJsonl } from './jsonl.ts';
import { prepare } from './sentiment-dataset.ts';
import { evaluate } from './sentiment-eval.ts';
import { trainSentiment } from './sentiment-train.ts';
import { CANDIDATES } from './sentiment-candidates.ts';
const HOLD = new Set((process.argv[2] ?? '水果,蒙牛,酒店').split(','));
const labels = ['negative', 'positive'];
const trI = readJsonl('sentiment/zh-train.jsonl').filter((i) => !HOLD.has(i.domain ?? ''));
const dvI = readJsonl('sentiment/zh-dev.jsonl');
const train = prepare(trI, labels);
const dev = prepare(dvI, labels);
const held = dev.filter((d) => HOLD.has(d.domain));
const ind = dev.filter((d) => !HOLD.has(d.domain));
const base = CANDIDATES.zh[0]!;
const variants: Array<[string, any]> = JSON.parse(process.argv[3] ?? '[["base",{}]]');
for (const [name, ch] of variants) {
  const cfg = { ...base, ...ch, features: { ...base.features, ...(ch.features ?? {}) }, ftrl: { ...base.ftrl, ...(ch.ftrl ?? {}) } };
  const t0 = performance.now();
  const f = trainSentiment(train, cfg, {});
  for (const bs of [1, 0.5, 0]) {
    setSentimentModel('zh', decodeModel({ ...f, bias: f.bias.map((b) => b * bs) }));
    const h = evaluate(held, labels, 'zh');
    const per: Record<string, number> = {};
    for (const d of HOLD) per[d] = evaluate(held.filter((x) => x.domain === d), labels, 'zh').accuracy;
    const i = evaluate(ind, labels, 'zh');
    console.log(`${name} bias×${bs}: held ${h.accuracy} ${JSON.stringify(per)} in-domain ${i.accuracy} kept ${f.count} ${((performance.now() - t0) / 1000).toFixed(0)}s`);
  }
}
