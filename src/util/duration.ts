// How long something took, the Swedish way, for the preview's log lines: "480 ms", "3,5 s".

export const duration = (ms: number): string => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1).replace('.', ',')} s`);
