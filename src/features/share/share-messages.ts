// The share screen's texts load with it, not with the first screen (i18n/catalogue.ts).
// Every file that uses a 'share.' key imports this module.
import { loadArea } from '../../i18n/catalogue';

loadArea('share');
