/**
 * What is wrong with a DNS name, for FQDN_INVALID: labels of letters, digits and hyphens (not first or last),
 * separated by dots, with at most one trailing dot; no underscores, no spaces, no Unicode. Gateways may
 * instead be addressed by an IPv4 or IPv6 address.
 */

const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
/** The whole rule in one expression: the fast path, since nearly every name in a design is valid. */
const VALID = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.?$/;

/** DNS limits (RFC 1035): 63 characters per label, 255 for the whole name. */
const MAX_LABEL = 63;
const MAX_NAME = 255;

/**
 * Undefined when the name is a valid FQDN, else why not, as a phrase ("contains an underscore"). A fully
 * qualified name has at least two labels: a single label ("pool1") is a host name, not an FQDN.
 */
export function fqdnProblem(value: string): string | undefined {
  if (VALID.test(value)) return lengthProblem(value);
  if (value.trim() === '') return 'is empty';
  if (/\s/.test(value)) return 'contains a space';
  if (value.includes('_')) return 'contains an underscore';
  const bad = /[^A-Za-z0-9.-]/.exec(value);
  if (bad) return `contains the character "${bad[0]}"`;
  const labels = (value.endsWith('.') ? value.slice(0, -1) : value).split('.');
  if (labels.some((l) => l === '')) return 'has an empty label (two dots in a row, or a leading dot)';
  const hyphen = labels.find((l) => !LABEL.test(l));
  return `has the label "${hyphen ?? value}", which starts or ends with a hyphen`;
}

function lengthProblem(value: string): string | undefined {
  // The common case without a split: a short name with a dot before its end.
  const dot = value.indexOf('.');
  if (value.length <= MAX_LABEL && dot > 0 && dot < value.length - 1) return undefined;
  const labels = (value.endsWith('.') ? value.slice(0, -1) : value).split('.');
  if (labels.length < 2) return 'is a single label, not a fully qualified name (it needs a domain, such as contoso.com)';
  const long = labels.find((l) => l.length > MAX_LABEL);
  if (long) return `has a label of ${long.length} characters, more than the ${MAX_LABEL} DNS allows`;
  if (value.length > MAX_NAME) return `is ${value.length} characters long, more than the ${MAX_NAME} DNS allows`;
  return undefined;
}

/** A textual IPv6 address: eight groups of up to four hex digits, one "::" allowed, an IPv4 tail allowed. */
export function isIPv6(value: string): boolean {
  if (!value.includes(':')) return false;
  const halves = value.split('::');
  if (halves.length > 2) return false;
  const groups = (part: string | undefined): string[] => (part ? part.split(':') : []);
  const all = [...groups(halves[0]), ...groups(halves[1])];
  let count = all.length;
  const last = all[all.length - 1];
  if (last !== undefined && last.includes('.')) {
    if (!isIPv4(last)) return false;
    all.pop();
    count += 1; // an IPv4 tail stands for two groups
  }
  if (!all.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  return halves.length === 2 ? count <= 7 : count === 8;
}

export function isIPv4(value: string): boolean {
  const parts = value.split('.');
  return parts.length === 4 && parts.every((p) => /^(?:0|[1-9][0-9]{0,2})$/.test(p) && Number(p) <= 255);
}
