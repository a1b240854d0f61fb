// The app loads one language's messages, each area when its screen asks (src/i18n/
// catalogue.ts). Tests render either language, any screen, straight away: so both languages
// and every area are loaded before each test file, English last, as the language in use.
import { loadArea, loadLanguage, messagesLoaded } from '../../src/i18n/catalogue';

await loadLanguage('sv');
loadArea('network');
loadArea('yourData');
loadArea('goals');
loadArea('share');
await messagesLoaded();
await loadLanguage('en');
