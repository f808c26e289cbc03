/** Who joined and who left, for an audit entry of a membership change. */
export function membershipChange(before: string[], after: string[]): { added: string[]; removed: string[] } {
  return { added: after.filter((id) => !before.includes(id)), removed: before.filter((id) => !after.includes(id)) };
}
