/**
 * Validation of what a user types into the inspector, before anything reaches the document. Each parser
 * takes the raw text and returns either the value to commit or one plain message to show beside the field;
 * invalid text is never committed. These judge the input only: whether a valid value makes sense for Lync
 * (a second CMS, too many users) is the rules' business, shown as findings.
 */
import { LIMITS } from '../../domain/limits';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (message: string): Parsed<never> => ({ ok: false, message });

const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/**
 * A fully qualified domain name such as `pool01.contoso.com`. Surrounding whitespace is ignored (pasted
 * text often carries it); a space inside, an underscore or any other character a DNS host name cannot
 * hold is refused, and so is a single label, because Lync addresses every computer and pool by FQDN.
 * `required: false` lets an optional field be emptied (the value is then undefined).
 */
export function parseFqdn(text: string, options: { required: boolean }): Parsed<string | undefined> {
  const value = text.trim();
  if (value === '') return options.required ? fail('An FQDN is required, e.g. pool01.contoso.com.') : ok(undefined);
  if (/\s/.test(value)) return fail('An FQDN cannot contain spaces.');
  if (value.length > 253) return fail('An FQDN is at most 253 characters long.');
  const bad = value.match(/[^A-Za-z0-9.-]/);
  if (bad) return fail(`"${bad[0]}" is not allowed in an FQDN: use letters, digits, hyphens and dots.`);
  const labels = value.split('.');
  if (labels.some((l) => l === '')) return fail('An FQDN cannot have empty parts (two dots in a row, or a dot at either end).');
  if (labels.length < 2) return fail('Give the full name with its domain, e.g. pool01.contoso.com.');
  const wrong = labels.find((l) => !LABEL.test(l));
  if (wrong) return fail(`"${wrong}" is not a valid part of an FQDN: at most 63 characters, not starting or ending with a hyphen.`);
  if (/^\d+$/.test(labels[labels.length - 1]!)) return fail('The last part of an FQDN cannot be a number.');
  return ok(value);
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** An IPv6 address in any of its written forms (compressed "::", a trailing dotted IPv4 part); no zone or prefix. */
function isIpv6(value: string): boolean {
  if (!/^[0-9A-Fa-f:.]+$/.test(value)) return false;
  const halves = value.split('::');
  if (halves.length > 2) return false;
  const groups = (part: string) => (part === '' ? [] : part.split(':'));
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  const end = halves.length === 2 ? tail : head;
  let width = 0;
  if (end[end.length - 1]?.includes('.')) {
    if (!IPV4.test(end.pop()!)) return false;
    width = 2; // the dotted IPv4 tail fills two 16-bit groups
  }
  if ([...head, ...tail].some((g) => !/^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  const n = head.length + tail.length + width;
  return halves.length === 2 ? n <= 7 : n === 8;
}

/**
 * An optional IP address (a server, a virtual IP, an Edge interface): IPv4 or IPv6, empty clears it, and
 * the reports then show a placeholder. A host name is refused here because these fields are the addresses
 * DNS records point to.
 */
export function parseIp(text: string): Parsed<string | undefined> {
  const value = text.trim();
  if (value === '') return ok(undefined);
  if (IPV4.test(value) || isIpv6(value)) return ok(value.toLowerCase());
  return fail('This is not an IPv4 or IPv6 address, e.g. 10.0.0.5 or 2001:db8::5.');
}

/**
 * A simple URL such as https://meet.contoso.com or https://lync.contoso.com/meet. A missing scheme means
 * https (people type the host name); any other scheme than https is refused, and the host must be an FQDN.
 */
export function parseSimpleUrl(text: string, options: { required: boolean } = { required: false }): Parsed<string | undefined> {
  const value = text.trim();
  if (value === '') return options.required ? fail('A URL is required, e.g. https://meet.contoso.com.') : ok(undefined);
  const scheme = value.match(/^([A-Za-z][A-Za-z0-9+.-]*):\/\//);
  if (scheme && scheme[1]!.toLowerCase() !== 'https') return fail('Simple URLs use https://.');
  const rest = scheme ? value.slice(scheme[0].length) : value;
  const slash = rest.search(/[/?#]/);
  const host = slash < 0 ? rest : rest.slice(0, slash);
  const path = slash < 0 ? '' : rest.slice(slash);
  if (/[\s?#]/.test(path)) return fail('A simple URL holds a host name and an optional path, no spaces, query or fragment.');
  const fqdn = parseFqdn(host, { required: true });
  if (!fqdn.ok) return fail(`The host name: ${fqdn.message}`);
  return ok(`https://${fqdn.value!.toLowerCase()}${path.replace(/\/$/, '')}`);
}

/** A gateway address: an FQDN or an IPv4/IPv6 address. */
export function parseAddress(text: string): Parsed<string> {
  const value = text.trim();
  if (value === '') return fail('An address is required: an FQDN or an IP address.');
  if (IPV4.test(value)) return ok(value);
  if (value.includes(':')) return isIpv6(value) ? ok(value) : fail('This is not a valid IPv6 address.');
  if (/^[\d.]+$/.test(value)) return fail('This is not a valid IPv4 address.');
  const fqdn = parseFqdn(value, { required: true });
  return fqdn.ok ? ok(fqdn.value!) : fqdn;
}

/**
 * A whole number of users, 0 or more. Thousands separators ("2,000") and surrounding spaces are accepted
 * because people copy figures from sizing documents; an empty field means 0, as in the file format.
 */
export function parseUsers(text: string): Parsed<number> {
  const value = text.trim().replace(/(\d)[,\s](?=\d{3}(\D|$))/g, '$1');
  if (value === '') return ok(0);
  if (/^-/.test(value)) return fail('Users cannot be negative.');
  if (!/^\d+$/.test(value)) return fail('Users must be a whole number, 0 or more.');
  const n = Number(value);
  if (n > 10_000_000) return fail('At most 10,000,000 users.');
  return ok(n);
}

/** Concurrent remote users of a site: a whole number like users, but empty means unknown (not 0). */
export function parseOptionalCount(text: string): Parsed<number | undefined> {
  if (text.trim() === '') return ok(undefined);
  return parseUsers(text);
}

/** SQL cluster nodes: empty or 0 means not clustered. */
export function parseClusterNodes(text: string): Parsed<number | undefined> {
  const value = text.trim();
  if (value === '') return ok(undefined);
  if (!/^\d+$/.test(value)) return fail('Cluster nodes must be a whole number, 0 or more.');
  const n = Number(value);
  if (n > 1000) return fail('At most 1,000 cluster nodes.');
  return ok(n === 0 ? undefined : n);
}

/** Text that must not be blank (a site's name, a SQL version). */
export function parseRequired(text: string, what: string): Parsed<string> {
  const value = text.trim();
  if (value === '') return fail(`${what} cannot be blank.`);
  if (value.length > LIMITS.stringLength) return fail(`At most ${LIMITS.stringLength} characters.`);
  return ok(value);
}

/** Optional free text (names, descriptions): blank removes the field. */
export function parseOptionalText(text: string): Parsed<string | undefined> {
  if (text.length > LIMITS.stringLength) return fail(`At most ${LIMITS.stringLength} characters.`);
  return ok(text.trim() === '' ? undefined : text);
}

/** A SQL instance name: empty is the default instance; otherwise SQL Server's naming rules. */
export function parseInstanceName(text: string): Parsed<string> {
  const value = text.trim();
  if (value === '') return ok('');
  if (value.length > 16) return fail('A SQL instance name is at most 16 characters.');
  if (!/^[A-Za-z_][A-Za-z0-9_$]*$/.test(value)) {
    return fail('A SQL instance name starts with a letter or underscore and holds letters, digits, _ or $.');
  }
  if (value.toUpperCase() === 'DEFAULT' || value.toUpperCase() === 'MSSQLSERVER') {
    return fail('Leave the instance empty for the default instance.');
  }
  return ok(value);
}

/** A file share name, as in \\host\share. */
export function parseShareName(text: string): Parsed<string> {
  const value = text.trim();
  if (value === '') return fail('A share name is required.');
  if (value.length > 80) return fail('A share name is at most 80 characters.');
  const bad = value.match(/[\\/:*?"<>|]/);
  if (bad) return fail(`"${bad[0]}" is not allowed in a share name.`);
  return ok(value);
}
