import { createTheme, type PaletteMode, type Theme } from '@mui/material/styles';

declare module '@mui/material/styles' {
  interface Palette {
    note: { background: string; border: string; text: string };
    bubble: { incoming: string; incomingText: string; outgoing: string; outgoingText: string };
  }
  interface PaletteOptions {
    note?: { background: string; border: string; text: string };
    bubble?: { incoming: string; incomingText: string; outgoing: string; outgoingText: string };
  }
}

/** Colours picked for WCAG AA contrast (4.5:1 for body text) in both modes. */
export function createAppTheme(mode: PaletteMode): Theme {
  const dark = mode === 'dark';
  return createTheme({
    palette: {
      mode,
      primary: { main: dark ? '#9fa8da' : '#3949ab' },
      secondary: { main: dark ? '#80cbc4' : '#00695c' },
      // MUI's default orange (#ed6c02) is 2.9:1 on the light background: too faint for "X is viewing" captions.
      warning: { main: dark ? '#ffa726' : '#a64b00' },
      background: dark ? { default: '#121417', paper: '#1b1e23' } : { default: '#f4f5f8', paper: '#ffffff' },
      note: dark
        ? { background: '#3d3320', border: '#c9a227', text: '#fbeed0' }
        : { background: '#fff6dc', border: '#b58900', text: '#3b2f00' },
      bubble: dark
        ? { incoming: '#2a2f37', incomingText: '#eceff4', outgoing: '#303f9f', outgoingText: '#ffffff' }
        : { incoming: '#eceff4', incomingText: '#1b1e23', outgoing: '#3949ab', outgoingText: '#ffffff' },
    },
    shape: { borderRadius: 8 },
    typography: { fontSize: 14, button: { textTransform: 'none', fontWeight: 600 } },
    components: {
      MuiButtonBase: { defaultProps: { disableRipple: false } },
      MuiTooltip: { defaultProps: { arrow: true } },
      MuiChip: { styleOverrides: { root: { fontWeight: 500 } } },
    },
  });
}
