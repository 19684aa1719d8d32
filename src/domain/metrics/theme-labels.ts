// Theme ids as people read them, in both languages. Labels come from the text engine's taxonomy;
// an id the taxonomy no longer knows (a retired or custom theme) is shown as the id itself.
import { defaultTaxonomy } from '../text/index.ts';

let labels: Map<string, { en: string; zh: string }> | undefined;

export function themeLabel(id: string): { label_en: string; label_zh: string } {
  labels ??= new Map(defaultTaxonomy().themes.map((theme) => [theme.id, { en: theme.label_en, zh: theme.label_zh }]));
  const label = labels.get(id);
  return { label_en: label?.en ?? id, label_zh: label?.zh ?? id };
}
