/**
 * The public theme tokens and their default values. `src/themes/light.css` and `dark.css`
 * publish the same values for pages (a test keeps them in step with this file).
 */
export const lightTokens = {
  '--attention-font-family':
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  '--attention-mono-font-family':
    "ui-monospace, 'SFMono-Regular', 'Cascadia Mono', 'DejaVu Sans Mono', Menlo, monospace",
  '--attention-font-size': '1rem',
  '--attention-radius': '0.5rem',
  '--attention-gap': '1rem',
  '--attention-cell-size': '3.25rem',
  '--attention-bg': '#ffffff',
  '--attention-surface': '#f5f6f8',
  '--attention-fg': '#1a1c21',
  '--attention-muted': '#545b66',
  '--attention-border': '#c9ced6',
  '--attention-accent': '#1f5fbf',
  '--attention-accent-fg': '#ffffff',
  '--attention-highlight': '#fff1b8',
  '--attention-focus': '#1f5fbf',
  '--attention-heat-low': '#ffffff',
  '--attention-heat-high': '#6fa8ec',
  '--attention-heat-fg': '#1a1c21',
  '--attention-masked-bg': '#e4e6ea',
  '--attention-masked-fg': '#4a515c',
  '--attention-success': '#1d6b35',
  '--attention-danger': '#a4262c',
  '--attention-danger-bg': '#fdecec',
} as const;

export type TokenName = keyof typeof lightTokens;

/** Dark values; tokens not named here keep their light value. */
export const darkTokens: Partial<Record<TokenName, string>> = {
  '--attention-bg': '#16181d',
  '--attention-surface': '#20232a',
  '--attention-fg': '#eceef2',
  '--attention-muted': '#aab1bd',
  '--attention-border': '#454b56',
  '--attention-accent': '#8ab4f8',
  '--attention-accent-fg': '#0f1a2e',
  '--attention-highlight': '#4a4220',
  '--attention-focus': '#8ab4f8',
  '--attention-heat-low': '#16181d',
  '--attention-heat-high': '#2c5fa3',
  '--attention-heat-fg': '#eceef2',
  '--attention-masked-bg': '#2a2d33',
  '--attention-masked-fg': '#b9bfc9',
  '--attention-success': '#7fd49a',
  '--attention-danger': '#ff9c9c',
  '--attention-danger-bg': '#3a1d1f',
};
