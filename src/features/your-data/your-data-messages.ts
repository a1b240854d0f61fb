// The import, export and backup screen's texts load with it, not with the first screen
// (i18n/messages/index.ts). Every file that uses one of their keys imports this module.
import { addMessages } from '../../i18n/translate';
import { yourData } from '../../i18n/messages/your-data';

addMessages(yourData);
