// Whether a parsed YAML or JSON value is a mapping of keys to values: an object that is not a list.

export const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
