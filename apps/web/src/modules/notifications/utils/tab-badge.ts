const BASE_TITLE = 'Parley';

/** The favicon: Parley's "P", with a red count in the corner while something is unread. */
export function faviconSvg(unread: number): string {
  const badge = unread > 0
    ? `<circle cx='23' cy='9' r='9' fill='%23d32f2f'/><text x='23' y='13' font-size='${unread > 9 ? 9 : 12}' text-anchor='middle' fill='white' font-family='sans-serif' font-weight='bold'>${unread > 99 ? '99' : unread}</text>`
    : '';
  return `data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Crect width='32' height='32' rx='8' fill='%233f51b5'/%3E%3Ctext x='${unread > 0 ? 12 : 16}' y='22' font-size='18' text-anchor='middle' fill='white' font-family='sans-serif'%3EP%3C/text%3E${badge.replace(/</g, '%3C').replace(/>/g, '%3E')}%3C/svg%3E`;
}

export function tabTitle(unread: number): string {
  return unread > 0 ? `(${unread > 99 ? '99+' : unread}) ${BASE_TITLE}` : BASE_TITLE;
}
