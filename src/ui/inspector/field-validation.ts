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

/** A gateway address: an FQDN or an IPv4/IPv6 address. */
export function parseAddress(text: string): Parsed<string> {
  const value = text.trim();
  if (value === '') return fail('An address is required: an FQDN or an IP address.');
  if (IPV4.test(value)) return ok(value);
  if (value.includes(':')) {
    return /^[0-9A-Fa-f:.]+$/.test(value) && value.split('::').length <= 2 ? ok(value) : fail('This is not a valid IPv6 address.');
  }
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
