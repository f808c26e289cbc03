/** Substitutes `{{name}}` (spaces inside the braces allowed) with the agent's values; unknown ones stay as typed. */
export function fillVariables(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (whole, name: string) => (name in values ? (values[name] ?? '') : whole));
}
