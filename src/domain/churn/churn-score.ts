// The churn risk of one customer from what they told us in the last 90 days. Pure and explainable:
// every factor adds capped points, the total maps to 0–100 with diminishing returns, and the factors
// are returned largest first so the customer 360 and the alert can say *why*.
// Unresolved cases are not a factor yet: cases do not exist in OpenVoC so far.

export interface ChurnSignals {
  /** Items with negative sentiment. */
  negativeFeedback: number;
  /** NPS answers of 0–6. */
  detractorScores: number;
  /** The most recent NPS answer, if any. */
  lastNps: number | null;
  /** Items containing a churn-intent phrase (退订, 销户, cancel…). */
  churnIntent: number;
  /** Contacts within 7 days of the previous one: the problem was not solved the first time. */
  repeatedContacts: number;
  /** Days since the last contact when that contact was a complaint (negative or detractor); null otherwise. */
  daysSilentAfterComplaint: number | null;
}

export type ChurnFactorId = 'churn_intent' | 'detractor_scores' | 'very_low_last_nps' | 'negative_feedback' | 'repeated_contacts' | 'silence_after_complaint';

export interface ChurnFactor {
  id: ChurnFactorId;
  points: number;
  /** The signal value behind the points (count, score or days). */
  value: number;
}

export interface ChurnWeights {
  perChurnIntent: number;
  maxChurnIntent: number;
  perDetractor: number;
  maxDetractor: number;
  veryLowLastNps: number;
  perNegative: number;
  maxNegative: number;
  perRepeat: number;
  maxRepeat: number;
  silenceAfterDays: number;
  silenceBase: number;
  silencePerDay: number;
  maxSilence: number;
  /** Points at which the score reaches 1 − 1/e ≈ 63. */
  scale: number;
}

export const DEFAULT_CHURN_WEIGHTS: ChurnWeights = {
  perChurnIntent: 45,
  maxChurnIntent: 60,
  perDetractor: 15,
  maxDetractor: 35,
  veryLowLastNps: 10,
  perNegative: 8,
  maxNegative: 30,
  perRepeat: 10,
  maxRepeat: 30,
  silenceAfterDays: 14,
  silenceBase: 15,
  silencePerDay: 0.5,
  maxSilence: 30,
  scale: 60,
};

export interface ChurnRisk {
  score: number;
  level: 'low' | 'medium' | 'high';
  factors: ChurnFactor[];
}

export function scoreChurn(signals: ChurnSignals, weights: ChurnWeights = DEFAULT_CHURN_WEIGHTS): ChurnRisk {
  const capped = (count: number, per: number, max: number) => Math.min(max, count * per);
  const silence = signals.daysSilentAfterComplaint;
  const factors: ChurnFactor[] = [
    { id: 'churn_intent' as const, points: capped(signals.churnIntent, weights.perChurnIntent, weights.maxChurnIntent), value: signals.churnIntent },
    { id: 'detractor_scores' as const, points: capped(signals.detractorScores, weights.perDetractor, weights.maxDetractor), value: signals.detractorScores },
    { id: 'very_low_last_nps' as const, points: signals.lastNps !== null && signals.lastNps <= 3 ? weights.veryLowLastNps : 0, value: signals.lastNps ?? 0 },
    { id: 'negative_feedback' as const, points: capped(signals.negativeFeedback, weights.perNegative, weights.maxNegative), value: signals.negativeFeedback },
    { id: 'repeated_contacts' as const, points: capped(signals.repeatedContacts, weights.perRepeat, weights.maxRepeat), value: signals.repeatedContacts },
    {
      id: 'silence_after_complaint' as const,
      points: silence !== null && silence >= weights.silenceAfterDays ? Math.min(weights.maxSilence, weights.silenceBase + (silence - weights.silenceAfterDays) * weights.silencePerDay) : 0,
      value: silence ?? 0,
    },
  ]
    .filter((factor) => factor.points > 0)
    .sort((a, b) => b.points - a.points);
  const total = factors.reduce((sum, factor) => sum + factor.points, 0);
  const score = Math.round(100 * (1 - Math.exp(-total / weights.scale)));
  return { score, level: score >= 70 ? 'high' : score >= 40 ? 'medium' : 'low', factors };
}
