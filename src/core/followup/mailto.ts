// The `email:` front matter value and the `mailto:` link of « Ouvrir dans la
// messagerie » (RFC 6068). Pure and linear: one address, checked by splitting,
// never by a backtracking pattern.

/** Longer `mailto:` links are cut or refused by common mail clients and browsers. */
export const MAX_MAILTO_LENGTH = 2000;

const LOCAL_CHARS = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$/;
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const TLD = /^[A-Za-z]{2,63}$/;

/**
 * Checks one e-mail address as written after `email:`. Returns a French
 * message saying what to fix, or undefined when the address is usable.
 * Accepts `Nom <adresse>` too (the address is what counts).
 */
export function checkEmail(value: string): string | undefined {
  const address = emailAddress(value);
  if (address === '') return 'Adresse e-mail vide : écrivez-la en entier (prenom.nom@exemple.fr), ou retirez la clé « email ».';
  if (address.length > 254) return 'Adresse e-mail trop longue (254 caractères au plus).';
  if (/[\s,;]/.test(address)) return `« ${address} » : une seule adresse, sans espace ni virgule.`;
  const at = address.lastIndexOf('@');
  if (at < 0) return `« ${address} » n’est pas une adresse e-mail : il manque « @ » (prenom.nom@exemple.fr).`;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (local === '' || local.length > 64 || !LOCAL_CHARS.test(local) || local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
    return `« ${address} » : la partie avant « @ » n’est pas valide.`;
  }
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l)) || !TLD.test(labels[labels.length - 1])) {
    return `« ${address} » : le domaine après « @ » n’est pas valide (exemple.fr).`;
  }
  return undefined;
}

/** The address of `Nom <adresse>` or of a bare address, trimmed. */
export function emailAddress(value: string): string {
  const v = value.trim();
  const open = v.lastIndexOf('<');
  if (open >= 0 && v.endsWith('>')) return v.slice(open + 1, -1).trim();
  return v;
}

/** Percent-encodes for a mailto header value (RFC 6068: UTF-8, CRLF line breaks). */
function encode(s: string): string {
  return encodeURIComponent(s.replace(/\r\n|\r|\n/g, '\r\n'));
}

export type MailtoResult = { ok: true; url: string } | { ok: false; length: number };

/**
 * `mailto:adresse?subject=…&body=…`, or the length it would have when it is
 * longer than `MAX_MAILTO_LENGTH` (the caller then offers to copy the text).
 * Without an address the link opens an empty « À » field.
 */
export function mailtoUrl(address: string | undefined, subject: string | undefined, body: string, max = MAX_MAILTO_LENGTH): MailtoResult {
  const to = address ? encodeURIComponent(emailAddress(address)).replace(/%40/g, '@') : '';
  const params: string[] = [];
  if (subject) params.push(`subject=${encode(subject)}`);
  if (body) params.push(`body=${encode(body)}`);
  const url = `mailto:${to}${params.length > 0 ? `?${params.join('&')}` : ''}`;
  return url.length > max ? { ok: false, length: url.length } : { ok: true, url };
}
