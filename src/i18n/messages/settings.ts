import { defineMessages } from '../define';

export const settings = defineMessages({
  en: {},
  sv: {},
});
