// The Goals screens' texts load with them, not with the first screen (i18n/catalogue.ts).
// Every file that uses a 'goals.' key imports this module.
import { loadArea } from '../../i18n/catalogue';

loadArea('goals');
