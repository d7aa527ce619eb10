/** Long axis labels are cut so the axis stays readable; numbers and dates go through components/i18n/formats. */
export const truncate = (s: string, max = 16) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
