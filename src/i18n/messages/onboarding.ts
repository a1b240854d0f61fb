import { defineMessages } from '../define';

export const onboarding = defineMessages({
  en: {},
  sv: {},
});
