import { z } from 'zod';

/**
 * Free text from users. PostgreSQL text cannot hold NUL characters, so they are refused with a 400 here
 * rather than failing in the database.
 */
export const text = () => z.string().refine((value) => !value.includes('\u0000'), 'Must not contain NUL characters');
