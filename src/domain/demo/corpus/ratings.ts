// Scores that agree with the words: a detractor never writes praise, a five-star review never reads
// like a complaint. Only the metrics the touchpoint carries are given, and only by sources that
// collect scores (a social post has none; a chat sometimes ends with a CSAT question).
import type { DemoMetric, DemoSource, Random } from '../generate-demo-dataset.ts';
import type { Sentiment } from './framing.ts';

type Ratings = Partial<Record<DemoMetric, number>>;
type Distribution = Array<[number, number]>;

// Happy customers still give an 8 now and then, and a neutral one is as often a 6 as a 9: that is
// what keeps NPS well below the share of happy texts.
const scales: Record<DemoMetric, Record<Sentiment, Distribution>> = {
  nps: {
    positive: [[10, 40], [9, 35], [8, 20], [7, 5]],
    neutral: [[9, 5], [8, 30], [7, 30], [6, 20], [5, 15]],
    negative: [[6, 18], [5, 20], [4, 14], [3, 14], [2, 12], [1, 8], [0, 14]],
  },
  csat: {
    positive: [[5, 65], [4, 35]],
    neutral: [[4, 30], [3, 60], [2, 10]],
    negative: [[1, 45], [2, 40], [3, 15]],
  },
  // CES on the 1–7 "the company made it easy for me" agreement scale: 7 is effortless.
  ces: {
    positive: [[7, 50], [6, 40], [5, 10]],
    neutral: [[5, 45], [4, 40], [3, 15]],
    negative: [[1, 30], [2, 35], [3, 30], [4, 5]],
  },
  stars: {
    positive: [[5, 70], [4, 30]],
    neutral: [[3, 65], [4, 20], [2, 15]],
    negative: [[1, 55], [2, 40], [3, 5]],
  },
};

/** Which metrics a source asks for, given those the touchpoint carries (null: feedback about the brand). */
function askedMetrics(rng: Random, source: DemoSource, metrics: DemoMetric[] | null): DemoMetric[] {
  const carried = metrics ?? ['stars'];
  switch (source) {
    case 'survey': {
      // Surveys ask the touchpoint's scores; stars are the review sites' scale, used only when nothing else is carried.
      const scored = carried.filter((metric) => metric !== 'stars');
      return scored.length > 0 ? scored : carried;
    }
    case 'review':
      return carried.filter((metric) => metric === 'stars');
    case 'chat':
    case 'api':
      return carried.includes('csat') && rng.chance(0.35) ? ['csat'] : [];
    case 'import':
      return carried.includes('csat') && rng.chance(0.6) ? ['csat'] : [];
    case 'call':
      return carried.includes('csat') && rng.chance(0.2) ? ['csat'] : [];
    default:
      return [];
  }
}

export function ratingsFor(rng: Random, source: DemoSource, metrics: DemoMetric[] | null, sentiment: Sentiment): Ratings {
  const ratings: Ratings = {};
  for (const metric of askedMetrics(rng, source, metrics)) ratings[metric] = rng.weighted(scales[metric][sentiment]);
  return ratings;
}
