import { create } from 'zustand';

/** A short message at the bottom of the screen, optionally with an action such as Undo. */
export type Toast = {
  id: number;
  message: string;
  actionLabel?: string | undefined;
  onAction?: (() => void | Promise<void>) | undefined;
  tone: 'info' | 'error';
};

type ToastState = { toasts: Toast[] };

/** How long a toast stays up: long enough to reach for Undo. */
export const TOAST_DURATION_MS = 8_000; // 8 s

export const useToastStore = create<ToastState>(() => ({ toasts: [] }));

let nextId = 1;

export function showToast(toast: Omit<Toast, 'id' | 'tone'> & { tone?: Toast['tone'] }): number {
  const id = nextId++;
  useToastStore.setState((state) => ({
    toasts: [...state.toasts.slice(-2), { tone: 'info', ...toast, id }],
  }));
  return id;
}

export function dismissToast(id: number): void {
  useToastStore.setState((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) }));
}
