// Export and import of the taxonomy as a JSON file, entirely in the browser.
import type { Taxonomy } from '../../../api/textSettings.ts';
import { taxonomyFromJson } from './taxonomy.ts';

export function downloadTaxonomy(taxonomy: Taxonomy, fileName = 'openvoc-taxonomy.json'): void {
  const blob = new Blob([`${JSON.stringify(taxonomy, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The taxonomy in the file, or null when the file is not JSON or has no list of themes. */
export async function readTaxonomyFile(file: File): Promise<Taxonomy | null> {
  try {
    return taxonomyFromJson(JSON.parse(await file.text()));
  } catch {
    return null;
  }
}
