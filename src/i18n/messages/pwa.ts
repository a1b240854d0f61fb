import { defineMessages } from '../define';

export const pwa = defineMessages({
  en: {},
  sv: {},
});
