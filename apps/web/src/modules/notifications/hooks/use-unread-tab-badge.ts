import { useEffect } from 'react';
import { faviconSvg, tabTitle } from '../utils/tab-badge';

/** The unread count in the tab's title and favicon, so it shows from another tab too. */
export function useUnreadTabBadge(unread: number): void {
  useEffect(() => {
    document.title = tabTitle(unread);
    let icon = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
    if (!icon) {
      icon = document.createElement('link');
      icon.rel = 'icon';
      document.head.appendChild(icon);
    }
    icon.href = faviconSvg(unread);
  }, [unread]);
  useEffect(() => () => { document.title = tabTitle(0); }, []);
}
