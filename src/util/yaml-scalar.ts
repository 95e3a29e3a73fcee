// A text as YAML writes it after "key: ": plain when it reads back the same, else quoted.
import { stringify } from 'yaml';

/** "Anna Ek" stays as it is; "Ek: Anna" or "#3" comes back in quotes, so that it reads back as the same text. */
export const yamlScalar = (v: string): string => stringify(v, { lineWidth: 0 }).trimEnd();
