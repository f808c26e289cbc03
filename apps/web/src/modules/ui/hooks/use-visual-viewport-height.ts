import { useEffect } from 'react';

/**
 * Keeps `--app-height` at the visible viewport's height. An on-screen keyboard shrinks the visual viewport but,
 * on iOS Safari and older Chromes, not the layout one (nor `dvh`): sizing the shell to the visual viewport keeps
 * the composer above the keyboard instead of under it.
 */
export function useVisualViewportHeight(): void {
  useEffect(() => {
    const vv = window.visualViewport;
    if (!vv) return;
    const root = document.documentElement;
    // A pinch-zoom also shrinks the visual viewport: only follow it at scale 1 (the keyboard case).
    const update = () => { if (vv.scale < 1.01) root.style.setProperty('--app-height', `${Math.round(vv.height)}px`); };
    update();
    vv.addEventListener('resize', update);
    return () => {
      vv.removeEventListener('resize', update);
      root.style.removeProperty('--app-height');
    };
  }, []);
}
