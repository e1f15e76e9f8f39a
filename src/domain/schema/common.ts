import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import { LIMITS } from '../limits';

/** Ids are non-empty strings, unique across the whole document (checked by the loader). */
export const idSchema = lazySchema(() => z.string().min(1, 'must be a non-empty id').max(LIMITS.idLength));

/** Free text a user types: names, descriptions, FQDNs. Bounded so a file cannot carry megabytes in one field. */
export const textSchema = lazySchema(() => z.string().max(LIMITS.stringLength));

/** Fields every element may carry. */
export const labelFields = lazySchema(() => ({
  name: textSchema().optional(),
  description: textSchema().optional(),
}));

/**
 * An IP address the architect has chosen (reports show a placeholder where it is missing). Text, not a
 * strict address format: the loader keeps what a file holds and the inspector judges what a user types.
 */
export const ipSchema = lazySchema(() => z.string().max(45));
