// Named upgrade functions, one per schema version that needs more than new indexes (see
// schema.ts). Each runs inside Dexie's upgrade transaction, which covers every table, and
// has a test that starts from the previous version's fixture.
import type { Transaction } from 'dexie';
import { entriesOf } from '../domain/labelled-value';
import type { Contact, ImportedValues, Touch, LabelledValue } from '../domain/types';
import { packPlanInputsAndStats, PLAN_INPUTS_TABLE, PLAN_STATS_TABLE } from './codecs/plan-inputs';
import { LEGACY_COPY_ID, REVERT_POINT_ID, type RevertPoint } from './restore-copies';
import { logsOfTouches } from './codecs/touch-log';

/** Version 2: packs the week plan's inputs of every existing person into shards. */
export async function buildPlanInputs(tx: Transaction): Promise<void> {
  const contacts = (await tx.table('contacts').toArray()) as Contact[];
  const { rows, stats } = packPlanInputsAndStats(contacts);
  await tx.table(PLAN_INPUTS_TABLE).bulkPut(rows);
  await tx.table(PLAN_STATS_TABLE).bulkPut(stats);
}

/**
 * Version 3: moves every touch into the logs of its participants (codecs/touch-log.ts). The
 * participation rows were an index of participantIds, so the touches alone say everything.
 */
export async function buildTouchLogs(tx: Transaction): Promise<void> {
  const touches = (await tx.table('interactions').toArray()) as Touch[];
  await tx.table('touchLogs').bulkPut(logsOfTouches(touches));
}

/**
 * Version 6: names the copy an older app kept before its last restore as the revert point.
 * Until now a copy counted by being there; from now on only the copy the main database names
 * counts (writes/restore.ts). What the user could go back to before the upgrade, they can still go
 * back to after it. When no such copy exists, the next clean-up of restore copies finds the
 * name pointing at nothing and clears it (revert-point.ts).
 */
export async function nameKeptRestoreCopy(tx: Transaction): Promise<void> {
  const point: RevertPoint = { id: REVERT_POINT_ID, copyId: LEGACY_COPY_ID };
  await tx.table('revertPoint').put(point);
}

/** A person as versions 1–6 stored them: phones and e-mails as plain text. */
type PlainListsPerson = Omit<Contact, 'emails' | 'phones' | 'importedValues'> & {
  emails: (string | LabelledValue)[];
  phones: (string | LabelledValue)[];
  importedValues?:
    | (Omit<ImportedValues, 'emails' | 'phones'> & {
        emails?: (string | LabelledValue)[] | undefined;
        phones?: (string | LabelledValue)[] | undefined;
      })
    | undefined;
};

/**
 * Version 7: every stored person's phones and e-mails, and those recorded from their last
 * import, become entries that can carry a label (domain/types.ts LabelledValue). What was
 * stored said nothing about what each one is for, so they come through unlabelled; the
 * next import of the same file adds its labels (interop/merge.ts), since a recorded entry
 * without a label never stands in for one the file gives.
 */
export async function labelPhonesAndEmails(tx: Transaction): Promise<void> {
  await tx
    .table('contacts')
    .toCollection()
    .modify((person: PlainListsPerson) => {
      person.emails = entriesOf(person.emails);
      person.phones = entriesOf(person.phones);
      const recorded = person.importedValues;
      if (recorded?.emails !== undefined) recorded.emails = entriesOf(recorded.emails);
      if (recorded?.phones !== undefined) recorded.phones = entriesOf(recorded.phones);
    });
}

/** The upgrade function of each schema version that has one. */
export const UPGRADES: Readonly<Partial<Record<number, (tx: Transaction) => Promise<void>>>> = {
  2: buildPlanInputs,
  3: buildTouchLogs,
  6: nameKeptRestoreCopy,
  7: labelPhonesAndEmails,
};
