/** The current time; write functions take `now` as a parameter defaulting to this. */
export function currentTime(): number {
  return Date.now();
}

export function newId(): string {
  return crypto.randomUUID();
}
