import { defineMessages } from '../define';

export const log = defineMessages({
  en: {},
  sv: {},
});
