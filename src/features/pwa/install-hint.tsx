export function InstallHint() {
  return null;
}
