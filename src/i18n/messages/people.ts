import { defineMessages } from '../define';

export const people = defineMessages({
  en: {},
  sv: {},
});
