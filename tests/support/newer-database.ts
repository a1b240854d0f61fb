import { TiesDatabase } from '../../src/db/db';
import { LATEST_VERSION } from '../../src/db/schema';

/**
 * The database as a later release of Ties would open it: every shipped schema version and one
 * more, which adds nothing. Opening it upgrades the stored database, as another tab running
 * that release would.
 */
export class NewerTiesDatabase extends TiesDatabase {
  constructor(name?: string) {
    super(name);
    this.version(LATEST_VERSION + 1).stores({});
  }
}
