/** The current time; write functions take `now` as a parameter defaulting to this. */
export function currentTime(): number {
  return Date.now();
}

export function newId(): string {
  return crypto.randomUUID();
}

/**
 * How long the device's time zone is taken as known before it is asked again: asking builds
 * an Intl.DateTimeFormat, which a screen change did several times over; a traveller's device
 * may move to another zone while the app is open.
 */
const TIME_ZONE_KEPT_MS = 60_000;
let knownZone: { name: string; at: number } | undefined;

/** The device's IANA time zone, in which days and weeks are counted. */
export function deviceTimeZone(): string {
  const now = Date.now();
  if (knownZone === undefined || Math.abs(now - knownZone.at) > TIME_ZONE_KEPT_MS) {
    knownZone = { name: Intl.DateTimeFormat().resolvedOptions().timeZone, at: now };
  }
  return knownZone.name;
}
