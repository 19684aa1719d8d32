// Bilingual names: a change may clear one language, never both.
import { AppError } from '../../errors.ts';
import type { NameChanges } from './journeys.schema.ts';
import type { Named } from './journeys.repo.ts';

export function mergeNames(current: Named, changes: NameChanges): Named {
  const merged = {
    nameEn: 'name_en' in changes ? (changes.name_en ?? null) : current.nameEn,
    nameZh: 'name_zh' in changes ? (changes.name_zh ?? null) : current.nameZh,
  };
  if (!merged.nameEn && !merged.nameZh) {
    throw new AppError('validation_failed', 'name_en: give name_en or name_zh.', [{ path: 'name_en', message: 'give name_en or name_zh' }]);
  }
  return merged;
}

export function namesOf(input: NameChanges): Named {
  return { nameEn: input.name_en ?? null, nameZh: input.name_zh ?? null };
}
