// Splits a verbatim into plain and evidence parts so the page can mark the words that made the
// text engine assign a theme. Longer evidence wins where two overlap.
export function highlightParts(text: string, evidence: string[]): Array<{ text: string; mark: boolean }> {
  const terms = [...new Set(evidence.map((term) => term.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (terms.length === 0) return [{ text, mark: false }];
  const pattern = new RegExp(`(${terms.map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'giu');
  return text
    .split(pattern)
    .filter((part) => part.length > 0)
    .map((part) => ({ text: part, mark: terms.some((term) => term.toLowerCase() === part.toLowerCase()) }));
}
