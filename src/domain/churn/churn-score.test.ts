import { describe, expect, it } from 'vitest';
import { scoreChurn, type ChurnSignals } from './churn-score.ts';

const quiet: ChurnSignals = { negativeFeedback: 0, detractorScores: 0, lastNps: null, churnIntent: 0, repeatedContacts: 0, daysSilentAfterComplaint: null };

describe('scoreChurn', () => {
  it.each<[string, Partial<ChurnSignals>, 'low' | 'medium' | 'high', string | null]>([
    ['a quiet customer', {}, 'low', null],
    ['a happy promoter', { lastNps: 10 }, 'low', null],
    ['one negative comment', { negativeFeedback: 1 }, 'low', 'negative_feedback'],
    ['a detractor twice over, once negative in words', { detractorScores: 2, lastNps: 5, negativeFeedback: 1 }, 'medium', 'detractor_scores'],
    ['someone saying 销户', { churnIntent: 1, negativeFeedback: 1 }, 'medium', 'churn_intent'],
    ['a detractor threatening to cancel after repeated contacts', { churnIntent: 1, detractorScores: 2, lastNps: 1, negativeFeedback: 3, repeatedContacts: 2 }, 'high', 'churn_intent'],
    ['silent for a month after a complaint', { negativeFeedback: 1, daysSilentAfterComplaint: 30 }, 'medium', 'silence_after_complaint'],
    ['silent for a week only', { negativeFeedback: 1, daysSilentAfterComplaint: 7 }, 'low', 'negative_feedback'],
  ])('%s → %s, led by %s', (_case, signals, level, topFactor) => {
    const risk = scoreChurn({ ...quiet, ...signals });
    expect(risk.level).toBe(level);
    expect(risk.factors[0]?.id ?? null).toBe(topFactor);
  });

  it('orders factors by their points and caps each one', () => {
    const risk = scoreChurn({ ...quiet, negativeFeedback: 50, repeatedContacts: 1, churnIntent: 5 });
    expect(risk.factors.map((f) => [f.id, f.points])).toEqual([['churn_intent', 60], ['negative_feedback', 30], ['repeated_contacts', 10]]);
    expect(risk.score).toBeLessThanOrEqual(100);
  });

  it('never decreases when a signal grows', () => {
    let previous = -1;
    for (let n = 0; n < 10; n++) {
      const { score } = scoreChurn({ ...quiet, detractorScores: n, negativeFeedback: n });
      expect(score).toBeGreaterThanOrEqual(previous);
      previous = score;
    }
  });
});
