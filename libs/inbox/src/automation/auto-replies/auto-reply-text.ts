import { buildTemplateVars, renderTemplate, type TemplateContext } from '../../quick-replies/logic/template.js';

/**
 * An auto-reply's text for one customer. Unlike a quick reply (which an agent reviews), nobody fills in a
 * missing variable, so it is dropped rather than sent as '{{contact.first_name}}', and the spacing it
 * leaves is tidied: 'Hola {{contact.first_name}}!' becomes 'Hola!' for a contact without a name.
 */
export function renderAutoReply(body: string, ctx: TemplateContext): string {
  const { text, missing } = renderTemplate(body, buildTemplateVars(ctx));
  if (missing.length === 0) return text;
  let out = text;
  for (const name of missing) out = out.split(`{{${name}}}`).join('');
  return out.replace(/[ \t]+([,.!?;:])/g, '$1').replace(/[ \t]{2,}/g, ' ').replace(/^[ \t,]+/gm, '').trim();
}
