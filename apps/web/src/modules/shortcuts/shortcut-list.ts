export const SHORTCUTS: { keys: string; action: string }[] = [
  { keys: 'j / k', action: 'Next / previous conversation in the list' },
  { keys: 'Enter', action: 'Open the highlighted conversation' },
  { keys: 'e', action: 'Resolve and go to the next conversation' },
  { keys: 'a', action: 'Assign to me' },
  { keys: 's', action: 'Snooze' },
  { keys: 't', action: 'Tag' },
  { keys: '/', action: 'Insert a quick reply' },
  { keys: 'r', action: 'Focus the composer' },
  { keys: 'Esc', action: 'Leave the composer' },
  { keys: '?', action: 'Show this list' },
];
