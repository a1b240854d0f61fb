import type { Id } from '../../domain/types';
import type { MergeField } from '../../interop/merge';

/** Fields per person where the user chose the file's value (ImportChoices.takeFromFile). */
export type TakeFromFile = Readonly<Record<Id, readonly MergeField[]>>;

export function withChoice(
  choices: TakeFromFile,
  contactId: Id,
  field: MergeField,
  isFromFile: boolean,
): TakeFromFile {
  const current = choices[contactId] ?? [];
  const next = isFromFile
    ? [...current.filter((chosen) => chosen !== field), field]
    : current.filter((chosen) => chosen !== field);
  return { ...choices, [contactId]: next };
}
