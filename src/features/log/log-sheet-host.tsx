export function LogSheetHost() {
  return null;
}
