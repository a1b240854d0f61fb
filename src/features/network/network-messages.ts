// The network screen's texts load with it, not with the first screen (i18n/messages/index.ts).
// Every file that uses a 'network.' key imports this module.
import { addMessages } from '../../i18n/translate';
import { network } from '../../i18n/messages/network';

addMessages(network);
