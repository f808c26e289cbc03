import useMediaQuery from '@mui/material/useMediaQuery';

/** Below 600 px (a phone held upright) the dashboard shows one pane at a time. */
export const PHONE_QUERY = '(max-width: 599.95px)';

export function usePhone(): boolean {
  return useMediaQuery(PHONE_QUERY);
}
