import { create } from 'zustand';

type LogSheetState = { isOpen: boolean; prefillIds: string[] };

export const useLogSheetStore = create<LogSheetState>(() => ({ isOpen: false, prefillIds: [] }));

export function openLogSheet(prefillIds: string[] = []): void {
  useLogSheetStore.setState({ isOpen: true, prefillIds });
}
