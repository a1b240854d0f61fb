// The canvas's colours, taken from the design tokens in global.css so that the graph
// follows the light and dark themes like the rest of the app. The tokens are light-dark()
// pairs, which a custom property keeps unresolved; a hidden probe element resolves each
// one through `color`. Read once per theme change (not per frame): a data-theme change on
// <html> or a change of the system's colour scheme.
import type { TieStatus } from '../../domain/tie-health';

export type GraphColours = {
  status: Record<TieStatus, string>;
  me: string;
  edge: string;
  highlight: string;
  selection: string;
  halo: string;
  bridge: string;
  label: string;
  labelBackground: string;
  nodeOutline: string;
  isDark: boolean;
};

const STATUS_TOKENS: Record<TieStatus, string> = {
  ok: '--status-ok',
  due: '--status-due',
  overdue: '--status-overdue',
  dormant: '--status-dormant',
  new: '--status-new',
  paused: '--status-paused',
};

/** Resolves each token to an rgb() colour through one hidden probe element. */
function resolveTokens<K extends string>(
  host: Element,
  tokens: Record<K, string>,
): Record<K, string> {
  const probe = document.createElement('span');
  probe.hidden = true;
  host.append(probe);
  try {
    const resolved = {} as Record<K, string>;
    for (const key of Object.keys(tokens) as K[]) {
      probe.style.color = `var(${tokens[key]})`;
      resolved[key] = getComputedStyle(probe).color || 'gray';
    }
    return resolved;
  } finally {
    probe.remove();
  }
}

const OTHER_TOKENS = {
  accent: '--accent',
  muted: '--text-muted',
  focus: '--focus',
  warning: '--warning',
  text: '--text',
  surface: '--surface',
};

/** Reads the colours as the page shows them now, resolved inside `host`. */
export function readGraphColours(host: Element): GraphColours {
  const status = resolveTokens(host, STATUS_TOKENS);
  const { accent, muted, focus, warning, text, surface } = resolveTokens(host, OTHER_TOKENS);
  return {
    status,
    me: accent,
    edge: muted,
    highlight: accent,
    selection: focus,
    halo: warning,
    bridge: text,
    label: text,
    labelBackground: surface,
    nodeOutline: surface,
    isDark: isDarkColour(surface),
  };
}

/** True for a dark rgb() colour (the surface, to pick tints that show on it). */
function isDarkColour(rgb: string): boolean {
  const channels = /(\d+(?:\.\d+)?)\D+(\d+(?:\.\d+)?)\D+(\d+(?:\.\d+)?)/.exec(rgb);
  if (!channels) return false;
  const [, r, g, b] = channels.map(Number);
  return 0.299 * (r ?? 0) + 0.587 * (g ?? 0) + 0.114 * (b ?? 0) < 128;
}

/**
 * Calls `onChange` whenever the theme may have changed: Settings pins data-theme on <html>,
 * or the system switches between light and dark. Returns the unsubscribe function.
 */
export function watchTheme(onChange: () => void): () => void {
  const scheme = window.matchMedia('(prefers-color-scheme: dark)');
  scheme.addEventListener('change', onChange);
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => {
    scheme.removeEventListener('change', onChange);
    observer.disconnect();
  };
}

/** Tints for cluster hulls, told apart by hue; drawn faint, so they suit both themes. */
export const CLUSTER_TINTS = [
  '#4e79a7',
  '#f28e2b',
  '#59a14f',
  '#b07aa1',
  '#76b7b2',
  '#edc948',
  '#e15759',
  '#9c755f',
] as const;
